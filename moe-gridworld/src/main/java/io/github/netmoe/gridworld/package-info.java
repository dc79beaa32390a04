/**
 * NetMoE module root package (moe-gridworld).
 */
package io.github.netmoe.gridworld;
