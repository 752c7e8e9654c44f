package io.github.somepolicy.rule.notice;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * A notice reduced from Markdown to what a reader sees, cut into the pieces a topic is looked for in:
 * headings, the sentences of paragraphs and the sentences of list items, each with its line and with
 * what frames it (the heading above it, the sentence before it, the sentence that introduces its list).
 * Links keep their text and their address; code, HTML and images' addresses are left out.
 */
final class NoticeDocument {

    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    /** What kind of block a unit comes from. */
    enum Kind {
        HEADING,
        SENTENCE,
        ITEM
    }

    /**
     * One heading, sentence or list-item sentence.
     *
     * @param index its place among the units
     * @param kind where it comes from
     * @param line its first line in the source, from 1
     * @param text its text, white space made single spaces
     * @param heading the index of the heading above it, or -1
     * @param previous the index of the sentence before it in the same paragraph or item, or of a question
     *     or a sentence ending in a colon just before its paragraph; -1 for none
     * @param leadIn for a list item, the index of the sentence that introduces the list; -1 for none
     */
    record Unit(int index, Kind kind, int line, String text, int heading, int previous, int leadIn) {}

    private final List<Unit> units;

    private NoticeDocument(List<Unit> units) {
        this.units = List.copyOf(units);
    }

    List<Unit> units() {
        return units;
    }

    /** The line of the first heading, or 1: where a finding about a notice file as a whole is reported. */
    int firstHeadingLine() {
        for (Unit unit : units) {
            if (unit.kind() == Kind.HEADING) {
                return unit.line();
            }
        }
        return 1;
    }

    /** A Markdown text cut into units. */
    static NoticeDocument of(String markdown) {
        String source = Normalizer.normalize(markdown, Normalizer.Form.NFC).replace("\r\n", "\n");
        Builder builder = new Builder();
        Node document = PARSER.parse(source);
        builder.blocks(document, -1);
        return new NoticeDocument(builder.units);
    }

    private static final class Builder {
        private final List<Unit> units = new ArrayList<>();
        private int heading = -1;
        private int lastOutsideList = -1;

        void blocks(Node parent, int leadIn) {
            for (Node block = parent.getFirstChild(); block != null; block = block.getNext()) {
                if (block instanceof Heading) {
                    Inline inline = inline(block);
                    String text = inline.text().strip();
                    if (!text.isEmpty()) {
                        heading = add(Kind.HEADING, inline.lineAt(0), squash(text), -1, -1);
                        lastOutsideList = -1;
                    }
                } else if (block instanceof Paragraph && isTable(block)) {
                    rows(block);
                } else if (block instanceof Paragraph) {
                    sentences(block, leadIn >= 0 ? Kind.ITEM : Kind.SENTENCE, leadIn);
                } else if (block instanceof ListBlock) {
                    int introduction = leadIn >= 0 ? leadIn : lastOutsideList;
                    for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
                        if (item instanceof ListItem) {
                            blocks(item, introduction);
                        }
                    }
                } else if (block instanceof BlockQuote) {
                    blocks(block, leadIn);
                } else if (block instanceof ThematicBreak) {
                    lastOutsideList = -1;
                } else if (!(block instanceof FencedCodeBlock
                        || block instanceof IndentedCodeBlock
                        || block instanceof HtmlBlock)) {
                    blocks(block, leadIn);
                }
            }
        }

        private void sentences(Node paragraph, Kind kind, int leadIn) {
            Inline inline = inline(paragraph);
            // a line break inside a paragraph ends no sentence; offsets stay those of the lines
            String text = inline.text().replace('\n', ' ');
            BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ROOT);
            breaks.setText(text);
            int previous = kind == Kind.SENTENCE && lastOutsideList >= 0 && framing(units.get(lastOutsideList))
                    ? lastOutsideList
                    : -1;
            for (int start = breaks.first(), end = breaks.next();
                    end != BreakIterator.DONE;
                    start = end, end = breaks.next()) {
                String sentence = squash(text.substring(start, end));
                if (sentence.isEmpty()) {
                    continue;
                }
                int lead = start < text.length() ? start + leadingSpace(text.substring(start, end)) : start;
                int index = add(kind, inline.lineAt(lead), sentence, previous, leadIn);
                previous = index;
                if (kind == Kind.SENTENCE) {
                    lastOutsideList = index;
                }
            }
        }

        /**
         * A table (pipe rows, which CommonMark leaves as a paragraph): each row is one unit, its cells in
         * order, so that a label or question cell and its answer are read together.
         */
        private void rows(Node paragraph) {
            Inline inline = inline(paragraph);
            String text = inline.text();
            int offset = 0;
            for (String row : text.split("\n", -1)) {
                String cells = row.replaceAll("\\|", " ").replaceAll("[-:]{3,}", " ");
                String squashed = squash(cells);
                if (!squashed.isEmpty()) {
                    add(Kind.ITEM, inline.lineAt(offset), squashed, -1, -1);
                }
                offset += row.length() + 1;
            }
            lastOutsideList = -1;
        }

        private static boolean isTable(Node paragraph) {
            String text = inline(paragraph).text().strip();
            if (text.isEmpty()) {
                return false;
            }
            for (String line : text.split("\n")) {
                if (!line.strip().startsWith("|")) {
                    return false;
                }
            }
            return true;
        }

        private static boolean framing(Unit unit) {
            String text = unit.text();
            return text.endsWith("?") || text.endsWith(":");
        }

        private int add(Kind kind, int line, String text, int previous, int leadIn) {
            int index = units.size();
            units.add(new Unit(index, kind, line, text, kind == Kind.HEADING ? -1 : heading, previous, leadIn));
            return index;
        }
    }

    private static int leadingSpace(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String squash(String text) {
        return text.replaceAll("[\\s\\p{Z}\\u00AD\\u200B]+", " ").strip();
    }

    /** The text of a block's inline content, with the source line of each piece. */
    private record Inline(String text, List<int[]> lines, int firstLine) {
        int lineAt(int offset) {
            int line = firstLine;
            for (int[] mark : lines) {
                if (mark[0] > offset) {
                    break;
                }
                line = mark[1];
            }
            return line;
        }
    }

    private static Inline inline(Node block) {
        StringBuilder text = new StringBuilder();
        List<int[]> lines = new ArrayList<>();
        int firstLine = line(block, 1);
        block.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                mark(node);
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                mark(node);
                text.append(node.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak node) {
                text.append('\n');
            }

            @Override
            public void visit(HardLineBreak node) {
                text.append('\n');
            }

            @Override
            public void visit(HtmlInline node) {
                // tags are not what a reader sees
            }

            @Override
            public void visit(Image node) {
                visitChildren(node);
            }

            @Override
            public void visit(Link node) {
                mark(node);
                int before = text.length();
                visitChildren(node);
                String shown = text.substring(before);
                String destination = node.getDestination().replaceFirst("^mailto:", "");
                if (!shown.contains(destination)) {
                    text.append(" (").append(destination).append(')');
                }
            }

            private void mark(Node node) {
                int line = line(node, -1);
                if (line > 0) {
                    lines.add(new int[] {text.length(), line});
                }
            }
        });
        return new Inline(text.toString(), lines, firstLine);
    }

    private static int line(Node node, int fallback) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans == null || spans.isEmpty() ? fallback : spans.get(0).getLineIndex() + 1;
    }
}
