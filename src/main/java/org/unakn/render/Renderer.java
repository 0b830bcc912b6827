package org.unakn.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.FopFactoryBuilder;
import org.apache.fop.configuration.ConfigurationException;
import org.apache.fop.configuration.DefaultConfigurationBuilder;
import org.apache.xmlgraphics.util.MimeConstants;

/**
 * Renders AKN to HTML (XSLT 3.0 with Saxon-HE) and to PDF (XSL-FO through Apache FOP, fed
 * straight from Saxon). Stylesheets are compiled once, the FOP factory is built on first PDF;
 * a renderer is thread-safe and meant to be shared. It knows only AKN, not the converter.
 */
public final class Renderer {
    /** Where PDF fonts are looked for: -Dunakn.fonts, $UNAKN_FONTS, then fonts/ beside the jar. */
    public static final String FONTS_PROPERTY = "unakn.fonts";
    private static final List<String> FONT_FILES = List.of("NotoSerif-Regular.ttf", "NotoSerif-Italic.ttf",
            "NotoSerif-Bold.ttf", "NotoSerif-BoldItalic.ttf", "NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf",
            "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf");

    private final Processor saxon = new Processor(false);
    private final XsltExecutable html;
    private final XsltExecutable fo;
    private volatile FopFactory fop;

    public Renderer() {
        XsltCompiler compiler = saxon.newXsltCompiler();
        this.html = compile(compiler, "/xslt/akn2html.xsl");
        this.fo = compile(compiler, "/xslt/akn2fo.xsl");
    }

    private static XsltExecutable compile(XsltCompiler compiler, String resource) {
        URL url = Renderer.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("stylesheet " + resource + " is not on the class path");
        }
        try (InputStream in = url.openStream()) {
            return compiler.compile(new StreamSource(in, url.toExternalForm()));
        } catch (SaxonApiException | IOException e) {
            throw new IllegalStateException("cannot compile " + resource + ": " + e.getMessage(), e);
        }
    }

    /** The AKN document as a standalone HTML page; {@code resolver} is the base address for cited documents. */
    public String html(String akn, String resolver) {
        try {
            StringWriter out = new StringWriter(akn.length() * 2);
            Xslt30Transformer t = html.load30();
            t.setStylesheetParameters(java.util.Map.of(new QName("resolver"), new XdmAtomicValue(resolver)));
            Serializer s = saxon.newSerializer(out);
            t.transform(new StreamSource(new StringReader(akn)), s);
            return out.toString();
        } catch (SaxonApiException e) {
            throw new RenderException("HTML rendering failed: " + e.getMessage(), e);
        }
    }

    /** The XSL-FO the PDF is made from (for inspection and tests). */
    public String fo(String akn) {
        try {
            StringWriter out = new StringWriter();
            fo.load30().transform(new StreamSource(new StringReader(akn)), saxon.newSerializer(out));
            return out.toString();
        } catch (SaxonApiException e) {
            throw new RenderException("XSL-FO rendering failed: " + e.getMessage(), e);
        }
    }

    /** The AKN document as a PDF with embedded fonts. */
    public void pdf(String akn, OutputStream out) {
        try {
            Fop f = fopFactory().newFop(MimeConstants.MIME_PDF, fopFactory().newFOUserAgent(), out);
            fo.load30().transform(new StreamSource(new StringReader(akn)), new SAXDestination(f.getDefaultHandler()));
        } catch (FOPException | SaxonApiException e) {
            throw new RenderException("PDF rendering failed: " + e.getMessage(), e);
        }
    }

    public byte[] pdf(String akn) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        pdf(akn, out);
        return out.toByteArray();
    }

    private FopFactory fopFactory() {
        FopFactory f = fop;
        if (f == null) {
            synchronized (this) {
                if (fop == null) {
                    fop = buildFop(fontsDir());
                }
                f = fop;
            }
        }
        return f;
    }

    private static FopFactory buildFop(Path fonts) {
        try (InputStream conf = Renderer.class.getResourceAsStream("/xslt/fo/fop.xconf")) {
            FopFactoryBuilder b = new FopFactoryBuilder(fonts.toUri())
                    .setConfiguration(new DefaultConfigurationBuilder().build(conf));
            return b.build();
        } catch (IOException | ConfigurationException e) {
            throw new RenderException("cannot configure FOP: " + e.getMessage(), e);
        }
    }

    /** The folder with the PDF fonts, or an error that says how to get them. */
    public static Path fontsDir() {
        return fontsDir(candidates());
    }

    static Path fontsDir(List<Path> candidates) {
        for (Path candidate : candidates) {
            if (candidate != null && FONT_FILES.stream().allMatch(f -> Files.isRegularFile(candidate.resolve(f)))) {
                return candidate;
            }
        }
        throw new RenderException("PDF rendering needs the fonts " + FONT_FILES + ", which are fetched from the npm registry"
                + " at build time: run 'mvn package' (needs npm), or 'scripts/fetch-fonts.sh DIR' and point -D"
                + FONTS_PROPERTY + "=DIR or UNAKN_FONTS=DIR at that folder", null);
    }

    private static List<Path> candidates() {
        Path property = System.getProperty(FONTS_PROPERTY) == null ? null : Path.of(System.getProperty(FONTS_PROPERTY));
        Path env = System.getenv("UNAKN_FONTS") == null ? null : Path.of(System.getenv("UNAKN_FONTS"));
        Path besideJar = null;
        try {
            Path code = Path.of(Renderer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            besideJar = (Files.isRegularFile(code) ? code.getParent() : code.getParent()).resolve("fonts");
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // no code location: fall back to the other places
        }
        return java.util.Arrays.asList(property, env, besideJar, Path.of("target", "fonts"));
    }

    /** Rendering failed; the message says why. */
    public static final class RenderException extends RuntimeException {
        public RenderException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
