package org.unakn.akn;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import org.unakn.akn.jaxb.Meta;

/** The JAXB context of the {@code <meta>} model: expensive to build, thread-safe, built once on first use. */
public final class MetaXml {
    private static final class Holder {
        static final JAXBContext CONTEXT;

        static {
            try {
                CONTEXT = JAXBContext.newInstance(Meta.class);
            } catch (JAXBException e) {
                throw new ExceptionInInitializerError(e);
            }
        }
    }

    private MetaXml() {
    }

    public static JAXBContext context() {
        return Holder.CONTEXT;
    }
}
