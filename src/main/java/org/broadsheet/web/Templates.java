package org.broadsheet.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;

/** Renders the precompiled jte templates of {@code src/main/jte} to UTF-8 bytes. */
final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Renders template {@code name} (such as "home.jte") with its single parameter {@code model}. */
    byte[] render(String name, Object model) {
        Utf8ByteOutput out = new Utf8ByteOutput();
        engine.render(name, model, out);
        return out.toByteArray();
    }
}
