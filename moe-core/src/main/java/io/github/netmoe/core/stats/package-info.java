/**
 * Small statistics for honest reporting: proportions with Wilson intervals and sample summaries with
 * normal intervals, used by the evaluation harnesses and the reproduction report.
 */
package io.github.netmoe.core.stats;
