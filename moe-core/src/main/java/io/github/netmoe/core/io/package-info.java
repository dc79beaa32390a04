/**
 * File output shared by every module: {@link io.github.netmoe.core.io.AtomicFiles} writes a file so
 * that a reader sees the old or the complete new content, never a partial file.
 */
package io.github.netmoe.core.io;
