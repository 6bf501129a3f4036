package org.broadsheet.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.broadsheet.feed.FeedExpectation.Field;
import org.broadsheet.feed.FeedExpectation.Kind;
import org.broadsheet.feed.FeedExpectation.Node;
import org.broadsheet.feed.FeedExpectation.NotApplicable;

/** A recursive-descent reader of the Python subset used by the Universal Feed Parser's {@code Expect:} lines. */
final class ExpectParser {
    /** feedparser's names (and their old aliases) for the feed fields our model holds. */
    private static final Map<String, String> FEED_FIELDS = Map.ofEntries(
            Map.entry("title", "title"),
            Map.entry("link", "link"),
            Map.entry("subtitle", "subtitle"),
            Map.entry("tagline", "subtitle"),
            Map.entry("description", "subtitle"),
            Map.entry("language", "language"),
            Map.entry("updated_parsed", "updated"),
            Map.entry("modified_parsed", "updated"),
            Map.entry("date_parsed", "updated"));

    /** feedparser's names (and their old aliases) for the entry fields our model holds. */
    private static final Map<String, String> ENTRY_FIELDS = Map.ofEntries(
            Map.entry("title", "title"),
            Map.entry("link", "link"),
            Map.entry("id", "id"),
            Map.entry("guid", "id"),
            Map.entry("summary", "summary"),
            Map.entry("description", "summary"),
            Map.entry("author", "author"),
            Map.entry("published_parsed", "published"),
            Map.entry("issued_parsed", "published"),
            Map.entry("updated_parsed", "updated"),
            Map.entry("modified_parsed", "updated"),
            Map.entry("date_parsed", "updated"));

    private final String text;
    private int pos;

    ExpectParser(String text) {
        this.text = text;
    }

    Node parseAll() {
        Node node = or();
        skipSpace();
        if (pos < text.length()) {
            throw new NotApplicable("unread: " + text.substring(pos));
        }
        return node;
    }

    private Node or() {
        Node left = and();
        while (keyword("or")) {
            left = new FeedExpectation.Or(left, and());
        }
        return left;
    }

    private Node and() {
        Node left = not();
        while (keyword("and")) {
            left = new FeedExpectation.And(left, not());
        }
        return left;
    }

    private Node not() {
        if (keyword("not")) {
            return new FeedExpectation.Not(not());
        }
        return comparison();
    }

    private Node comparison() {
        List<Node> operands = new ArrayList<>(List.of(sum()));
        List<Boolean> equal = new ArrayList<>();
        while (true) {
            if (symbol("==")) {
                equal.add(true);
            } else if (symbol("!=")) {
                equal.add(false);
            } else if (keyword("is")) {
                equal.add(!keyword("not"));
            } else if (keyword("in") || peekKeyword("not")) {
                throw new NotApplicable("membership test");
            } else {
                break;
            }
            operands.add(sum());
        }
        return equal.isEmpty() ? operands.getFirst() : new FeedExpectation.Compare(operands, equal);
    }

    /** String concatenation of literals, as in {@code 'a' + 'b'}. */
    private Node sum() {
        Node left = primary();
        while (symbol("+")) {
            Node right = primary();
            if (left instanceof FeedExpectation.Literal(String a)
                    && right instanceof FeedExpectation.Literal(String b)) {
                left = new FeedExpectation.Literal(a + b);
            } else {
                throw new NotApplicable("arithmetic");
            }
        }
        return left;
    }

    private Node primary() {
        skipSpace();
        if (pos >= text.length()) {
            throw new NotApplicable("unexpected end");
        }
        char c = text.charAt(pos);
        if (c == '(') {
            pos++;
            List<Node> items = new ArrayList<>();
            boolean tuple = false;
            while (!symbol(")")) {
                items.add(or());
                if (symbol(",")) {
                    tuple = true;
                }
            }
            if (!tuple && items.size() == 1) {
                return items.getFirst();
            }
            List<Object> values = new ArrayList<>();
            for (Node item : items) {
                if (!(item instanceof FeedExpectation.Literal(Object value))) {
                    throw new NotApplicable("tuple of expressions");
                }
                values.add(value);
            }
            return new FeedExpectation.Literal(List.copyOf(values));
        }
        if (c == '\'' || c == '"') {
            return new FeedExpectation.Literal(strings());
        }
        if (Character.isDigit(c) || c == '-') {
            return new FeedExpectation.Literal(number());
        }
        if (Character.isLetter(c) || c == '_') {
            String name = identifier();
            if ((name.equals("u") || name.equals("b") || name.equals("r"))
                    && pos < text.length()
                    && (text.charAt(pos) == '\'' || text.charAt(pos) == '"')) {
                if (!name.equals("u")) {
                    throw new NotApplicable("bytes or raw string");
                }
                return new FeedExpectation.Literal(strings());
            }
            return switch (name) {
                case "None" -> new FeedExpectation.Literal(null);
                case "True" -> new FeedExpectation.Literal(true);
                case "False" -> new FeedExpectation.Literal(false);
                case "bozo" -> new FeedExpectation.Bozo();
                case "len" -> {
                    expect("(");
                    Node operand = primary();
                    expect(")");
                    if (!(operand instanceof Field f) || f.kind() != Kind.LIST) {
                        throw new NotApplicable("len of something other than entries");
                    }
                    yield new FeedExpectation.Len(operand);
                }
                case "feed" -> feedField();
                case "entries" -> entriesField();
                default -> throw new NotApplicable("name " + name);
            };
        }
        throw new NotApplicable("unexpected " + c);
    }

    private Node feedField() {
        List<Object> path = path();
        String name = fieldName(path, FEED_FIELDS, "feed");
        return new Field(name, -1, kindOf(path, name, true));
    }

    private Node entriesField() {
        List<Object> path = path();
        if (path.isEmpty()) {
            return new Field("entries", -1, Kind.LIST);
        }
        if (!(path.getFirst() instanceof Long index) || index < 0) {
            throw new NotApplicable("entries indexed by " + path.getFirst());
        }
        List<Object> rest = path.subList(1, path.size());
        if (rest.equals(List.of("content", 0L, "value"))) {
            return new Field("content", index.intValue(), Kind.TEXT);
        }
        String name = fieldName(rest, ENTRY_FIELDS, "entries[i]");
        return new Field(name, index.intValue(), kindOf(rest, name, false));
    }

    /** The name of the field a path such as {@code ['title']} or {@code ['title_detail']['value']} reads. */
    private static String fieldName(List<Object> path, Map<String, String> fields, String owner) {
        Object key = path.isEmpty() ? null : path.getFirst();
        if (path.size() == 2 && key instanceof String k && k.endsWith("_detail") && "value".equals(path.get(1))) {
            key = k.substring(0, k.length() - "_detail".length());
        } else if (path.size() != 1) {
            throw new NotApplicable(owner + path);
        }
        String name = key instanceof String k ? fields.get(k) : null;
        if (name == null) {
            throw new NotApplicable(owner + path);
        }
        return name;
    }

    /** How field {@code name} (our name, of the feed or of an entry) read through {@code path} compares. */
    private static Kind kindOf(List<Object> path, String name, boolean ofFeed) {
        String key = String.valueOf(path.getFirst());
        if (key.endsWith("_parsed")) {
            return Kind.DATE;
        }
        return switch (key) {
            case "link", "id", "guid", "language" -> Kind.EXACT;
            // Our model holds titles, authors and the feed's description as plain text, bodies as HTML.
            default ->
                name.equals("title") || name.equals("author") || ofFeed && name.equals("subtitle")
                        ? Kind.PLAIN
                        : Kind.TEXT;
        };
    }

    /** Subscripts and attributes after a name: {@code [0]['title']} or {@code .title}. */
    private List<Object> path() {
        List<Object> path = new ArrayList<>();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '[') {
                pos++;
                skipSpace();
                char d = text.charAt(pos);
                path.add(d == '\'' || d == '"' ? string() : number());
                expect("]");
            } else if (c == '.') {
                pos++;
                String name = identifier();
                if (pos < text.length() && text.charAt(pos) == '(') {
                    throw new NotApplicable("method call " + name);
                }
                path.add(name);
            } else {
                break;
            }
        }
        return path;
    }

    private String identifier() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private Object number() {
        skipSpace();
        int start = pos;
        if (pos < text.length() && text.charAt(pos) == '-') {
            pos++;
        }
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        String digits = text.substring(start, pos);
        try {
            return digits.contains(".") ? (Object) Double.parseDouble(digits) : (Object) Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new NotApplicable("number " + digits);
        }
    }

    /** Adjacent string literals, which Python joins: {@code 'a' "b"}. */
    private String strings() {
        StringBuilder out = new StringBuilder(string());
        while (true) {
            skipSpace();
            if (text.startsWith("u'", pos) || text.startsWith("u\"", pos)) {
                pos++;
            }
            if (pos >= text.length() || text.charAt(pos) != '\'' && text.charAt(pos) != '"') {
                return out.toString();
            }
            out.append(string());
        }
    }

    /** A Python string literal, single or triple quoted, with its escapes decoded. */
    private String string() {
        char quoteChar = text.charAt(pos);
        String quote = text.startsWith(String.valueOf(quoteChar).repeat(3), pos)
                ? String.valueOf(quoteChar).repeat(3)
                : String.valueOf(quoteChar);
        pos += quote.length();
        StringBuilder out = new StringBuilder();
        while (pos < text.length() && !text.startsWith(quote, pos)) {
            char c = text.charAt(pos++);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'x' -> out.append(hex(2));
                case 'u' -> out.append(hex(4));
                case 'U' -> out.appendCodePoint(Integer.parseInt(text.substring(pos - 0, pos += 8), 16));
                default -> out.append(e);
            }
        }
        if (pos >= text.length()) {
            throw new NotApplicable("unterminated string");
        }
        pos += quote.length();
        return out.toString();
    }

    private char hex(int digits) {
        char c = (char) Integer.parseInt(text.substring(pos, pos + digits), 16);
        pos += digits;
        return c;
    }

    private void expect(String symbol) {
        if (!symbol(symbol)) {
            throw new NotApplicable("expected " + symbol + " at " + pos);
        }
    }

    private boolean symbol(String symbol) {
        skipSpace();
        if (text.startsWith(symbol, pos)) {
            pos += symbol.length();
            return true;
        }
        return false;
    }

    private boolean keyword(String word) {
        if (peekKeyword(word)) {
            pos += word.length();
            return true;
        }
        return false;
    }

    private boolean peekKeyword(String word) {
        skipSpace();
        int end = pos + word.length();
        return text.startsWith(word, pos)
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)) && text.charAt(end) != '_');
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }
}
