package io.github.netmoe.benchmarks.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.netmoe.core.Arguments;
import io.github.netmoe.core.io.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The report folder: every file is written atomically (a reader never sees half a file), and every
 * file written is remembered for the closing summary.
 */
public final class ReportFolder {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path root;
    private final List<Path> written = new java.util.ArrayList<>();

    /**
     * @param root the folder, created if missing
     */
    public ReportFolder(Path root) {
        this.root = Arguments.requireNonNull("root", root);
    }

    /** @return the folder */
    public Path root() {
        return root;
    }

    /** @return the files written so far, relative to the folder */
    public List<Path> written() {
        return List.copyOf(written);
    }

    /**
     * @param name file name inside the folder
     * @param bytes the content
     * @return the file
     */
    public Path write(String name, byte[] bytes) {
        Path file = root.resolve(name);
        try {
            AtomicFiles.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
        written.add(root.relativize(file));
        return file;
    }

    /**
     * @param name file name
     * @param text UTF-8 text
     * @return the file
     */
    public Path text(String name, String text) {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param name file name
     * @param value any Jackson-serialisable value (records, maps, lists)
     * @return the file
     */
    public Path json(String name, Object value) {
        try {
            return write(name, JSON.writeValueAsBytes(value));
        } catch (IOException e) {
            throw new UncheckedIOException("could not serialise " + name, e);
        }
    }

    /**
     * @param name file name
     * @param header the CSV header line (without newline)
     * @param rows the rows, each already joined (use {@link #csvRow})
     * @return the file
     */
    public Path csv(String name, String header, List<String> rows) {
        StringBuilder b = new StringBuilder(header).append('\n');
        rows.forEach(r -> b.append(r).append('\n'));
        return text(name, b.toString());
    }

    /**
     * @param values cells: numbers are written with full precision in the root locale, text is quoted when it
     *     holds a comma or quote
     * @return the CSV row
     */
    public static String csvRow(Object... values) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            Object v = values[i];
            if (v instanceof Double d) {
                b.append(String.format(Locale.ROOT, "%.10g", d));
            } else {
                String s = String.valueOf(v);
                b.append(s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s);
            }
        }
        return b.toString();
    }
}
