package org.unakn;

import org.unakn.model.Resolution;

/** The result of a conversion: the resolution as understood, and its AKN document (valid, checked). */
public record Conversion(Resolution resolution, String xml) {
}
