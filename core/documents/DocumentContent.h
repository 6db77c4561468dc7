#pragma once

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
        Signatures  ///< table: a row per approving role with room to sign
    };

    Kind kind = Kind::Paragraph;
    QString text;
    QString secondary;
    QString note;
    QList<QPair<QString, QString>> fields;
    DocumentTable table;

    static DocumentBlock heading(const QString &text) { return make(Kind::Heading, text); }
    static DocumentBlock paragraph(const QString &text) { return make(Kind::Paragraph, text); }
    static DocumentBlock quiet(const QString &text) { return make(Kind::Note, text); }

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
