#pragma once

#include <QImage>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace mcs {

/// A table in a document: header cells, rows, relative column widths (percent).
struct DocumentTable
{
    QStringList header;
    QList<QStringList> rows;
    QList<int> widths;           ///< percent per column; empty: equal widths
    QList<int> centeredColumns;  ///< columns whose cells are centred (matrix marks)
};

/// A stretch of text in one weight: paragraphs and list items with emphasis
/// are a list of runs (still plain text, never markup).
struct TextRun
{
    QString text;
    bool strong = false;
};

/// One unit of a document's content. Renderers decide the look; the content
/// is plain text (never markup), so user text can be escaped in one place.
struct DocumentBlock
{
    enum class Kind {
        Cover,      ///< text: title; secondary: subtitle; fields: key facts; note: kicker (institution)
        Heading,    ///< text
        SubHeading, ///< text; secondary: a short status shown alongside
        Paragraph,  ///< text (new lines kept)
        Note,       ///< text, in a quieter style
        Fields,     ///< label/value pairs
        Table,      ///< table (rows are kept whole across pages; the header repeats)
        Signatures, ///< table: a row per approving role with room to sign
        ListItem,   ///< text or runs; secondary: its marker ("•", "3."); level: nesting (0, 1, ...)
        Image,      ///< image, scaled to the text width at most; text: its caption
        Contents    ///< table.rows: {title, anchor, level}; each with the page its anchor lands on
    };

    Kind kind = Kind::Paragraph;
    QString text;
    QString secondary;
    QString note;
    QList<QPair<QString, QString>> fields;
    DocumentTable table;
    QList<TextRun> runs;          ///< Paragraph, ListItem: the text with emphasis (text is then ignored)
    QString anchor;               ///< Heading, SubHeading: the id a Contents entry points to
    QImage image;                 ///< Image
    int level = 0;                ///< ListItem: nesting
    bool pageBreakBefore = false; ///< starts on a new page (a chapter)

    static DocumentBlock heading(const QString &text) { return make(Kind::Heading, text); }
    static DocumentBlock paragraph(const QString &text) { return make(Kind::Paragraph, text); }
    static DocumentBlock quiet(const QString &text) { return make(Kind::Note, text); }

    /// The plain text of a block with runs (what text-only outputs show).
    QString plainText() const
    {
        if (runs.isEmpty())
            return text;
        QString joined;
        for (const TextRun &run : runs)
            joined += run.text;
        return joined;
    }

private:
    static DocumentBlock make(Kind kind, const QString &text)
    {
        DocumentBlock block;
        block.kind = kind;
        block.text = text;
        return block;
    }
};

/// A whole document: its blocks and what its running header and footer say.
struct DocumentContent
{
    QString language;     ///< "nl" or "en"
    QString title;        ///< document metadata and running header (left)
    QString headerRight;  ///< running header (right), e.g. "Version 3"
    QString footerLeft;   ///< running footer (left), e.g. the content fingerprint
    QString pageLabel;    ///< "Page %1 of %2" in the document language
    bool landscape = false;
    QList<DocumentBlock> blocks;
};

} // namespace mcs
