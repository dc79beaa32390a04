/**
 * JMH micro-benchmarks of the library's hot numerical paths (run with
 * {@code java -cp ... org.openjdk.jmh.Main <BenchmarkClass>}; see {@code docs/wireless.md} for the
 * commands and recorded numbers).
 */
package io.github.netmoe.benchmarks.jmh;
