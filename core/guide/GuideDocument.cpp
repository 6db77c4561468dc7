#include "GuideDocument.h"

#include "documents/DocumentTexts.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>

namespace mcs {

namespace {

const QString ScreenshotPrefix = QStringLiteral("../../screenshots/");

QString withoutAnchor(const QString &heading)
{
    static const QRegularExpression anchor(QStringLiteral("\\s*\\{#[A-Za-z0-9_-]+\\}\\s*$"));
    return QString(heading).remove(anchor).trimmed();
}

QString anchorOf(const QString &heading)
{
    static const QRegularExpression anchor(QStringLiteral("\\{#([A-Za-z0-9_-]+)\\}\\s*$"));
    const QRegularExpressionMatch match = anchor.match(heading);
    return match.hasMatch() ? match.captured(1) : QString();
}

QStringList tableCells(const QString &line)
{
    QString row = line.trimmed();
    if (row.startsWith(QLatin1Char('|')))
        row.remove(0, 1);
    if (row.endsWith(QLatin1Char('|')))
        row.chop(1);
    QStringList cells = row.split(QLatin1Char('|'));
    for (QString &cell : cells) {
        QString plain;
        for (const TextRun &run : GuideDocument::inlineRuns(cell.trimmed()))
            plain += run.text;
        cell = plain;
    }
    return cells;
}

/// Turns one chapter's Markdown into blocks.
class ChapterReader
{
public:
    ChapterReader(QList<DocumentBlock> &blocks, const QString &imageFolder) : m_blocks(blocks), m_imageFolder(imageFolder)
    {}

    void read(const QString &markdown)
    {
        const QStringList lines = markdown.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString line = lines.at(i);
            const QString trimmed = line.trimmed();
            if (trimmed.startsWith(QLatin1String("```"))) {
                flushParagraph();
                QStringList code;
                for (++i; i < lines.size() && !lines.at(i).trimmed().startsWith(QLatin1String("```")); ++i)
                    code.append(lines.at(i));
                m_blocks.append(DocumentBlock::quiet(code.join(QLatin1Char('\n'))));
            } else if (trimmed.isEmpty()) {
                flushParagraph();
            } else if (trimmed.startsWith(QLatin1Char('#'))) {
                flushParagraph();
                heading(trimmed);
            } else if (trimmed.startsWith(QLatin1Char('|'))) {
                flushParagraph();
                QList<QStringList> rows;
                for (; i < lines.size() && lines.at(i).trimmed().startsWith(QLatin1Char('|')); ++i) {
                    static const QRegularExpression separator(QStringLiteral("^\\|?[\\s:|-]+\\|?$"));
                    if (!separator.match(lines.at(i).trimmed()).hasMatch())
                        rows.append(tableCells(lines.at(i)));
                }
                --i;
                DocumentBlock table;
                table.kind = DocumentBlock::Kind::Table;
                table.table.header = rows.value(0);
                table.table.rows = rows.mid(1);
                m_blocks.append(table);
            } else if (trimmed.startsWith(QLatin1String("!["))) {
                flushParagraph();
                image(trimmed);
            } else if (listMarker(line)) {
                flushParagraph();
                m_item = true;
                m_paragraph = listText(line);
            } else if (trimmed.startsWith(QLatin1Char('>'))) {
                m_paragraph += (m_paragraph.isEmpty() ? QString() : QStringLiteral(" ")) + trimmed.mid(1).trimmed();
                m_quote = true;
            } else {
                m_paragraph += (m_paragraph.isEmpty() ? QString() : QStringLiteral(" ")) + trimmed;
            }
        }
        flushParagraph();
    }

private:
    void heading(const QString &line)
    {
        const qsizetype level = line.indexOf(QRegularExpression(QStringLiteral("[^#]")));
        DocumentBlock block;
        block.kind = level <= 1 ? DocumentBlock::Kind::Heading : DocumentBlock::Kind::SubHeading;
        block.text = withoutAnchor(line.mid(level));
        block.anchor = anchorOf(line);
        block.pageBreakBefore = level <= 1; // each chapter on a page of its own
        m_blocks.append(block);
    }

    bool listMarker(const QString &line)
    {
        static const QRegularExpression marker(QStringLiteral("^(\\s*)([-*+]|\\d+[.)])\\s+"));
        const QRegularExpressionMatch match = marker.match(line);
        if (!match.hasMatch())
            return false;
        m_level = int(match.captured(1).size() / 2);
        const QString symbol = match.captured(2);
        m_marker = symbol.front().isDigit() ? symbol.left(symbol.size() - 1) + QLatin1Char('.') : QStringLiteral("•");
        m_markerLength = match.capturedLength(0);
        return true;
    }

    QString listText(const QString &line) const { return line.mid(m_markerLength).trimmed(); }

    void image(const QString &line)
    {
        static const QRegularExpression pattern(QStringLiteral("^!\\[([^\\]]*)\\]\\(([^)]+)\\)"));
        const QRegularExpressionMatch match = pattern.match(line);
        if (!match.hasMatch())
            return;
        DocumentBlock block;
        block.kind = DocumentBlock::Kind::Image;
        block.text = match.captured(1);
        QString path = match.captured(2);
        if (path.startsWith(ScreenshotPrefix)) {
            path = m_imageFolder.isEmpty() ? QStringLiteral(":/mcstudio/screenshots/") + path.mid(ScreenshotPrefix.size())
                                           : QDir(m_imageFolder).filePath(path.mid(ScreenshotPrefix.size()));
            block.image = QImage(path);
        }
        m_blocks.append(block);
    }

    void flushParagraph()
    {
        if (m_paragraph.isEmpty())
            return;
        DocumentBlock block;
        block.kind = m_item ? DocumentBlock::Kind::ListItem : m_quote ? DocumentBlock::Kind::Note : DocumentBlock::Kind::Paragraph;
        if (m_quote) {
            for (const TextRun &run : GuideDocument::inlineRuns(m_paragraph))
                block.text += run.text;
        } else {
            block.runs = GuideDocument::inlineRuns(m_paragraph);
        }
        block.secondary = m_item ? m_marker : QString();
        block.level = m_level;
        m_blocks.append(block);
        m_paragraph.clear();
        m_item = m_quote = false;
        m_level = 0;
    }

    QList<DocumentBlock> &m_blocks;
    QString m_imageFolder;
    QString m_paragraph;
    bool m_item = false;
    bool m_quote = false;
    QString m_marker;
    qsizetype m_markerLength = 0;
    int m_level = 0;
};

} // namespace

QList<TextRun> GuideDocument::inlineRuns(const QString &markdown)
{
    // **strong**, *emphasis* or _emphasis_, `code`, [text](url); the rest as it is.
    static const QRegularExpression inlinePattern(
        QStringLiteral("\\*\\*(.+?)\\*\\*|(?<![\\w*])\\*(?!\\s)(.+?)\\*(?![\\w*])|(?<!\\w)_(?!\\s)(.+?)_(?!\\w)|`([^`]+)`|\\[([^\\]]+)\\]\\(([^)]+)\\)"));
    QList<TextRun> runs;
    const auto add = [&runs](const QString &text, bool strong) {
        if (text.isEmpty())
            return;
        if (!runs.isEmpty() && runs.last().strong == strong)
            runs.last().text += text;
        else
            runs.append({text, strong});
    };
    qsizetype at = 0;
    QRegularExpressionMatchIterator matches = inlinePattern.globalMatch(markdown);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        add(markdown.mid(at, match.capturedStart() - at), false);
        if (match.hasCaptured(1))
            add(match.captured(1), true);
        else if (match.hasCaptured(2))
            add(match.captured(2), true);
        else if (match.hasCaptured(3))
            add(match.captured(3), true);
        else if (match.hasCaptured(4))
            add(match.captured(4), false);
        else
            add(match.captured(5), false);
        at = match.capturedEnd();
    }
    add(markdown.mid(at), false);
    return runs;
}

DocumentContent GuideDocument::build(const QString &language, const QString &imageFolder)
{
    const UserGuide &guide = UserGuide::get(language);
    // In the document's language, whatever the interface speaks.
    const DocumentTexts t(language);
    DocumentContent content;
    content.language = language;
    content.title = t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Microcredential Studio: user guide"));
    content.headerRight = QStringLiteral(MCSTUDIO_VERSION);
    content.footerLeft = t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "User guide"));
    content.pageLabel = t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Page %1 of %2"));

    DocumentBlock cover;
    cover.kind = DocumentBlock::Kind::Cover;
    cover.note = QStringLiteral("Microcredential Studio %1").arg(QStringLiteral(MCSTUDIO_VERSION));
    cover.text = t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "User guide"));
    cover.secondary = t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Designing, reviewing and approving microcredentials"));
    content.blocks.append(cover);

    DocumentBlock contentsHeading = DocumentBlock::heading(t(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Contents")));
    content.blocks.append(contentsHeading);
    DocumentBlock contents;
    contents.kind = DocumentBlock::Kind::Contents;
    for (const GuideChapter &chapter : guide.chapters()) {
        contents.table.rows.append({chapter.title, chapter.id, QStringLiteral("0")});
        for (const GuideSection &section : chapter.sections)
            contents.table.rows.append({section.title, section.id, QStringLiteral("1")});
    }
    content.blocks.append(contents);

    for (const GuideChapter &chapter : guide.chapters()) {
        // The chapter file with its anchors: they become the targets of the contents.
        QFile file(QStringLiteral(":/mcstudio/guide/%1/%2").arg(language, chapter.fileName));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ChapterReader(content.blocks, imageFolder).read(QString::fromUtf8(file.readAll()));
    }
    return content;
}

} // namespace mcs
