package org.broadsheet.sync;

import org.broadsheet.store.Article;
import org.broadsheet.store.DisplayPolicy;
import org.broadsheet.store.Source;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;

/**
 * The body a reader app is given: the article's sanitised HTML when its outlet allows the full text, else its excerpt
 * and a link to the original, as the site's own pages do.
 */
final class ItemBody {
    private ItemBody() {}

    static String html(Article article, @Nullable Source source) {
        if (source != null && source.display() == DisplayPolicy.FULL) {
            return article.html();
        }
        String url = Entities.escape(article.url().toString());
        return "<p>" + Entities.escape(article.excerpt()) + "</p><p><a href=\"" + url + "\">Read the article at "
                + Entities.escape(source == null ? "its source" : source.name()) + "</a></p>";
    }
}
