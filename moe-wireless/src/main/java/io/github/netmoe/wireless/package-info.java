/**
 * NetMoE module root package (moe-wireless).
 */
package io.github.netmoe.wireless;
