/**
 * NetMoE module root package (moe-llm-spi).
 */
package io.github.netmoe.llm;
