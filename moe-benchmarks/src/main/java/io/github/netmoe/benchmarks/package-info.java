/**
 * NetMoE module root package (moe-benchmarks).
 */
package io.github.netmoe.benchmarks;
