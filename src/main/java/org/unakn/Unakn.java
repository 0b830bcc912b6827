package org.unakn;

import java.util.ArrayList;
import java.util.List;
import org.unakn.check.AknSchema;
import org.unakn.check.Problem;
import org.unakn.check.ProfileChecks;

/**
 * The public entry points: {@code Unakn.convert(text)} turns the text of a UN resolution into a
 * valid, checked AKN4UN document; {@code Unakn.validate(xml)} checks any AKN document against the
 * official schema and the profile rules; {@code Unakn.renderer()} turns AKN into HTML and PDF.
 */
public final class Unakn {
    private static final class Shared {
        static final Converter CONVERTER = new Converter();
    }

    private static final class Rendering {
        static final org.unakn.render.Renderer RENDERER = new org.unakn.render.Renderer();
    }

    /** The shared renderer (stylesheets compiled once). */
    public static org.unakn.render.Renderer renderer() {
        return Rendering.RENDERER;
    }

    private Unakn() {
    }

    /** Converts with the defaults: language detected, today's markup date. */
    public static Conversion convert(String text) {
        return Shared.CONVERTER.convert(text, ConvertOptions.defaults());
    }

    public static Conversion convert(String text, ConvertOptions options) {
        return Shared.CONVERTER.convert(text, options);
    }

    public static Conversion convert(byte[] input, ConvertOptions options) {
        return Shared.CONVERTER.convert(input, options);
    }

    /** Schema problems and profile problems of an AKN document; empty when it is valid. */
    public static List<Problem> validate(String xml) {
        List<Problem> problems = new ArrayList<>(AknSchema.validate(xml));
        problems.addAll(ProfileChecks.check(xml));
        return problems;
    }
}
