#include "HtmlRenderer.h"

#include <QBuffer>

namespace mcs {

namespace {

const char *const Dash = "—";

QString cell(const QString &tag, const QString &text, int width, bool centered, const QString &cls = QString())
{
    QString attributes;
    if (width > 0)
        attributes += QStringLiteral(" width=\"%1%\"").arg(width);
    if (centered)
        attributes += QStringLiteral(" align=\"center\"");
    if (!cls.isEmpty())
        attributes += QStringLiteral(" class=\"%1\"").arg(cls);
    return QStringLiteral("<%1%2>%3</%1>").arg(tag, attributes, HtmlRenderer::escaped(text));
}

/// A table, or a Fields block as a two-column table, with its header row when asked.
QString tableHtml(const DocumentBlock &block, bool withHeader)
{
    QString html;
    if (block.kind == DocumentBlock::Kind::Fields) {
        html = QStringLiteral("<table class=\"fields\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
        for (const auto &field : block.fields) {
            const bool empty = field.second.trimmed().isEmpty();
            html += QStringLiteral("<tr>") + cell(QStringLiteral("td"), field.first, 30, false, QStringLiteral("label"))
                    + cell(QStringLiteral("td"), empty ? QString::fromUtf8(Dash) : field.second, 70, false,
                           empty ? QStringLiteral("empty") : QString())
                    + QStringLiteral("</tr>");
        }
        return html + QStringLiteral("</table>");
    }
    const DocumentTable &table = block.table;
    const bool signatures = block.kind == DocumentBlock::Kind::Signatures;
    html = QStringLiteral("<table class=\"%1\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">")
               .arg(signatures ? QStringLiteral("signatures") : QStringLiteral("grid"));
    auto widthOf = [&](qsizetype column) { return column < table.widths.size() ? table.widths.at(column) : 0; };
    if (withHeader && !table.header.isEmpty()) {
        html += QStringLiteral("<thead><tr>");
        for (qsizetype c = 0; c < table.header.size(); ++c)
            html += cell(QStringLiteral("th"), table.header.at(c), widthOf(c), table.centeredColumns.contains(int(c)));
        html += QStringLiteral("</tr></thead>");
    }
    for (const QStringList &row : table.rows) {
        html += QStringLiteral("<tr>");
        for (qsizetype c = 0; c < row.size(); ++c) {
            // Signature rows get room to write in.
            const QString text = signatures && row.at(c).isEmpty() ? QStringLiteral("\n\n") : row.at(c);
            html += cell(QStringLiteral("td"), text, widthOf(c), table.centeredColumns.contains(int(c)),
                         signatures && c > 0 ? QStringLiteral("sign") : QString());
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace

namespace {

QString idAttribute(const QString &anchor)
{
    return anchor.isEmpty() ? QString() : QStringLiteral(" id=\"%1\"").arg(anchor.toHtmlEscaped());
}

QString runsHtml(const QList<TextRun> &runs)
{
    QString html;
    for (const TextRun &run : runs) {
        const QString text = HtmlRenderer::escaped(run.text);
        html += run.strong ? QStringLiteral("<strong>%1</strong>").arg(text) : text;
    }
    return html;
}

} // namespace

QString HtmlRenderer::escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QString HtmlRenderer::block(const DocumentBlock &b)
{
    switch (b.kind) {
    case DocumentBlock::Kind::Cover: {
        QString html;
        if (!b.note.isEmpty())
            html += QStringLiteral("<p class=\"kicker\">%1</p>").arg(escaped(b.note));
        html += QStringLiteral("<h1>%1</h1>").arg(escaped(b.text));
        if (!b.secondary.isEmpty())
            html += QStringLiteral("<p class=\"subtitle\">%1</p>").arg(escaped(b.secondary));
        DocumentBlock facts;
        facts.kind = DocumentBlock::Kind::Fields;
        facts.fields = b.fields;
        return html + QStringLiteral("<p class=\"spacer\">&nbsp;</p>") + tableHtml(facts, false);
    }
    case DocumentBlock::Kind::Heading:
        return QStringLiteral("<h2%1>%2</h2>").arg(idAttribute(b.anchor), escaped(b.text));
    case DocumentBlock::Kind::SubHeading:
        return b.secondary.isEmpty()
                   ? QStringLiteral("<h3%1>%2</h3>").arg(idAttribute(b.anchor), escaped(b.text))
                   : QStringLiteral("<h3%1>%2 <span class=\"tag\">[%3]</span></h3>")
                         .arg(idAttribute(b.anchor), escaped(b.text), escaped(b.secondary));
    case DocumentBlock::Kind::Paragraph:
        if (!b.runs.isEmpty())
            return QStringLiteral("<p>%1</p>").arg(runsHtml(b.runs));
        return QStringLiteral("<p>%1</p>").arg(b.text.trimmed().isEmpty() ? QString::fromUtf8(Dash) : escaped(b.text));
    case DocumentBlock::Kind::ListItem:
        // One paragraph a list item, its marker hanging: works in browsers and in QTextDocument (ODT).
        return QStringLiteral("<p class=\"item\" style=\"margin-left: %1em\">%2\u00a0%3</p>")
            .arg(1.5 * (b.level + 1))
            .arg(escaped(b.secondary), b.runs.isEmpty() ? escaped(b.text) : runsHtml(b.runs));
    case DocumentBlock::Kind::Image: {
        // Inline, so the file stands alone (the page allows no other sources).
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        b.image.save(&buffer, "PNG");
        return QStringLiteral("<p class=\"figure\"><img src=\"data:image/png;base64,%1\" alt=\"%2\" width=\"%3\"><br>%2</p>")
            .arg(QString::fromLatin1(png.toBase64()), escaped(b.text))
            .arg(std::min(b.image.width(), 640));
    }
    case DocumentBlock::Kind::Contents: {
        QString html = QStringLiteral("<nav class=\"contents\">");
        for (const QStringList &entry : b.table.rows)
            html += QStringLiteral("<p style=\"margin-left: %1em\"><a href=\"#%2\">%3</a></p>")
                        .arg(1.5 * entry.value(2).toInt())
                        .arg(entry.value(1).toHtmlEscaped(), escaped(entry.value(0)));
        return html + QStringLiteral("</nav>");
    }
    case DocumentBlock::Kind::Note:
        return QStringLiteral("<p class=\"note\">%1</p>").arg(escaped(b.text));
    case DocumentBlock::Kind::Fields:
    case DocumentBlock::Kind::Table:
    case DocumentBlock::Kind::Signatures:
        return tableHtml(b, true);
    }
    return {};
}

QString HtmlRenderer::richTextStyleSheet()
{
    return QStringLiteral(
        "body { font-family: 'DejaVu Sans'; font-size: 9.5pt; color: #1f2328; }"
        "h1 { font-size: 22pt; font-weight: bold; color: #16325c; margin-top: 0px; margin-bottom: 6px; }"
        "h2 { font-size: 13pt; font-weight: bold; color: #16325c; margin-top: 20px; margin-bottom: 6px; }"
        "h3 { font-size: 11pt; font-weight: bold; color: #1f2328; margin-top: 10px; margin-bottom: 4px; }"
        "p { margin-top: 0px; margin-bottom: 8px; }"
        "p.kicker { font-size: 11pt; color: #5a6b7b; margin-bottom: 10px; }"
        "p.subtitle { font-size: 13pt; color: #5a6b7b; }"
        "p.note { color: #5a6b7b; }"
        "span.tag { color: #5a6b7b; font-weight: normal; }"
        "table.grid, table.fields, table.signatures { margin-bottom: 10px; }"
        "table.grid { border-collapse: collapse; }"
        "table.grid th { background-color: #e8eef6; color: #16325c; font-weight: bold; text-align: left;"
        "  border-bottom: 1px solid #9fb3cc; }"
        "table.grid td { border-bottom: 1px solid #d5dde7; vertical-align: top; }"
        "table.fields { border-collapse: collapse; }"
        "table.fields td { border-bottom: 1px solid #e3e8ee; vertical-align: top; }"
        "td.label { color: #5a6b7b; }"
        "td.empty { color: #9aa5b1; }"
        "table.signatures { border-collapse: collapse; }"
        "table.signatures th { background-color: #e8eef6; color: #16325c; text-align: left; border-bottom: 1px solid #9fb3cc; }"
        "table.signatures td { border-bottom: 1px solid #5a6b7b; vertical-align: top; }");
}

QString HtmlRenderer::richText(const DocumentContent &content)
{
    QString html;
    for (const DocumentBlock &b : content.blocks)
        html += block(b);
    return html;
}

QString HtmlRenderer::page(const DocumentContent &content)
{
    QString html = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<title>%2</title>\n<style>\n"
        "body { font-family: 'DejaVu Sans', 'Segoe UI', Helvetica, Arial, sans-serif; color: #1f2328;"
        " max-width: 50em; margin: 2em auto; padding: 0 1em; line-height: 1.45; font-size: 15px; }\n"
        "header.running, footer.running { color: #5a6b7b; font-size: 12px; display: flex; justify-content: space-between;"
        " border-bottom: 1px solid #d5dde7; padding-bottom: .4em; margin-bottom: 2em; }\n"
        "footer.running { border-bottom: none; border-top: 1px solid #d5dde7; padding-top: .4em; margin-top: 3em; }\n"
        "h1 { color: #16325c; font-size: 2em; margin: .2em 0; }\n"
        "h2 { color: #16325c; font-size: 1.3em; margin-top: 1.8em; border-bottom: 2px solid #e8eef6; }\n"
        "h3 { font-size: 1.1em; margin-top: 1.2em; }\n"
        "p.kicker, p.subtitle, p.note, span.tag, td.label { color: #5a6b7b; }\n"
        "p.subtitle { font-size: 1.2em; margin-top: 0; }\n"
        "p.note { font-style: italic; }\n"
        "table { border-collapse: collapse; width: 100%; margin: .5em 0 1em; }\n"
        "th { background: #e8eef6; color: #16325c; text-align: left; }\n"
        "th, td { padding: .35em .5em; border-bottom: 1px solid #d5dde7; vertical-align: top; }\n"
        "td.empty { color: #9aa5b1; }\n"
        "table.signatures td { height: 3.5em; border-bottom: 1px solid #5a6b7b; }\n"
        "@media print { body { max-width: none; } tr { break-inside: avoid; } h2, h3 { break-after: avoid; } }\n"
        "</style>\n</head>\n<body>\n")
                       .arg(content.language, escaped(content.title));
    html += QStringLiteral("<header class=\"running\"><span>%1</span><span>%2</span></header>\n")
                .arg(escaped(content.title), escaped(content.headerRight));
    for (const DocumentBlock &b : content.blocks)
        html += block(b) + QLatin1Char('\n');
    html += QStringLiteral("<footer class=\"running\"><span>%1</span></footer>\n</body>\n</html>\n").arg(escaped(content.footerLeft));
    return html;
}

} // namespace mcs
