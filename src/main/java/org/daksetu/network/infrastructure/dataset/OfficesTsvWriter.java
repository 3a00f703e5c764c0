package org.daksetu.network.infrastructure.dataset;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes offices.tsv.gz so that the same rows always give the same bytes: rows in office-id order,
 * "\n" line ends, and a gzip header without a timestamp (GZIPOutputStream writes modification time 0
 * and no file name). The file appears under its name only when complete.
 */
final class OfficesTsvWriter {

    static final String FILE = "offices.tsv.gz";

    private static final int BUFFER = 1 << 16;

    /** The file written, its row count and the SHA-256 of its uncompressed text, header included. */
    record Written(Path file, int rows, String sha256) {
    }

    Written write(List<NetworkOffice> officesInIdOrder, Path outputDir) throws IOException {
        Files.createDirectories(outputDir);
        Path target = outputDir.resolve(FILE);
        // Not Files.createTempFile: its owner-only permissions would stay on the published file.
        Path partial = outputDir.resolve(FILE + ".partial");
        MessageDigest digest = OfficeIds.sha256();
        try {
            try (Writer out = new BufferedWriter(new OutputStreamWriter(
                    new DigestOutputStream(new MaxCompressionGzip(Files.newOutputStream(partial)), digest),
                    StandardCharsets.UTF_8), BUFFER)) {
                writeLine(out, NetworkOffice.COLUMNS);
                for (NetworkOffice office : officesInIdOrder) {
                    writeLine(out, office.fields());
                }
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return new Written(target, officesInIdOrder.size(), HexFormat.of().formatHex(digest.digest()));
    }

    private static void writeLine(Writer out, List<String> fields) throws IOException {
        out.write(String.join("\t", fields));
        out.write('\n');
    }

    /** The default level leaves about a tenth of the size on the table; the file is built rarely and read often. */
    private static final class MaxCompressionGzip extends GZIPOutputStream {
        MaxCompressionGzip(OutputStream out) throws IOException {
            super(out, BUFFER);
            def.setLevel(Deflater.BEST_COMPRESSION);
        }
    }
}
