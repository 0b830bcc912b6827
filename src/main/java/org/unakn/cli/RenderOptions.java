package org.unakn.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.unakn.Unakn;
import picocli.CommandLine.Option;

/** The rendering options shared by {@code render} and {@code convert}. */
final class RenderOptions {
    @Option(names = "--html", paramLabel = "OUT.html", description = "write the document as an HTML page")
    Path html;

    @Option(names = "--pdf", paramLabel = "OUT.pdf", description = "write the document as a PDF")
    Path pdf;

    @Option(names = "--resolver", paramLabel = "URL", defaultValue = "https://undocs.org/",
            description = "base address that cited documents link to (default: ${DEFAULT-VALUE})")
    String resolver;

    boolean any() {
        return html != null || pdf != null;
    }

    /** Renders the valid AKN document to the requested files; each file is written whole or not at all. */
    void render(String akn) throws IOException {
        if (html != null) {
            org.unakn.io.AtomicFiles.write(html, Unakn.renderer().html(akn, resolver).getBytes(StandardCharsets.UTF_8));
        }
        if (pdf != null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Unakn.renderer().pdf(akn, out);
            org.unakn.io.AtomicFiles.write(pdf, out.toByteArray());
        }
    }
}
