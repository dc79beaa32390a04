/**
 * Report output of the reproduction: charts (XChart PNG), tables (CSV, Markdown), atomically written.
 */
package io.github.netmoe.benchmarks.report;
