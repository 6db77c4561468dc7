// Our own page layout for documents: the built-in fonts, font subsets, line
// breaking and pagination, checked on the laid-out pages themselves.
#include "documents/pdf/DocumentFonts.h"
#include "documents/pdf/DocumentLayout.h"
#include "documents/pdf/DocumentStyle.h"
#include "documents/pdf/TextLines.h"
#include "documents/pdf/TrueTypeFont.h"
#include "documents/pdf/TrueTypeSubset.h"

#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

using namespace mcs;

namespace {

QByteArray fontBytes()
{
    QFile file(QStringLiteral(":/mcstudio/fonts/DejaVuSans.ttf"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The body of a portrait page, as DocumentLayout uses it.
QRectF portraitBody()
{
    namespace S = DocumentStyle;
    return QRectF(S::MarginLeftRight, S::MarginTopBottom + S::RunningBand, 595.276 - 2 * S::MarginLeftRight,
                  841.89 - 2 * S::MarginTopBottom - 2 * S::RunningBand);
}

/// The page's text items inside the body (not the running header and footer).
QStringList bodyTexts(const LaidOutPage &page)
{
    const QRectF body = portraitBody();
    QStringList texts;
    for (const PageItem &item : page.items) {
        if (item.kind == PageItem::Kind::Text && item.box.top() >= body.top() - 0.5 && item.box.bottom() <= body.bottom() + 0.5)
            texts.append(item.text);
    }
    return texts;
}

DocumentContent contentWith(const QList<DocumentBlock> &blocks)
{
    DocumentContent content;
    content.language = QStringLiteral("en");
    content.title = QStringLiteral("Layout test");
    content.pageLabel = QStringLiteral("Page %1 of %2");
    content.blocks = blocks;
    return content;
}

} // namespace

class TestPageLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInFontsLoad()
    {
        for (const FontFace face : {FontFace::Regular, FontFace::Bold}) {
            const TrueTypeFont &font = DocumentFonts::face(face);
            QVERIFY(font.isValid());
            QCOMPARE(font.unitsPerEm(), 2048);
            for (const char32_t c : {U'A', U'é', U'ë', U'€', U'✓', U'—', U'Ω', U'Ж'})
                QVERIFY(font.hasGlyph(c));
            QVERIFY(!font.hasGlyph(U'中')); // DejaVu Sans has no CJK: those documents need Qt's fallback
            QVERIFY(font.advance(font.glyph(U'W')) > font.advance(font.glyph(U'i')));
        }
    }

    void damagedFontsAreRefusedWithoutCrashing()
    {
        const QByteArray good = fontBytes();
        QVERIFY(good.size() > 100000);
        for (const qsizetype length : {qsizetype(0), qsizetype(11), qsizetype(12), qsizetype(200), good.size() / 2, good.size() - 1})
            QVERIFY(!TrueTypeFont(good.left(length), QStringLiteral("x")).isValid());
        // Random damage to the table directory and the tables: any answer, but no crash.
        QRandomGenerator random(20261123);
        for (int round = 0; round < 200; ++round) {
            QByteArray damaged = good;
            for (int i = 0; i < 8; ++i) {
                const qsizetype at = round % 2 ? random.bounded(12 + 20 * 16) : random.bounded(int(damaged.size()));
                damaged[at] = char(random.bounded(256));
            }
            const TrueTypeFont font(damaged, QStringLiteral("x"));
            if (!font.isValid())
                continue;
            for (char32_t c = 0x20; c < 0x300; ++c)
                font.advance(font.glyph(c));
            const TrueTypeSubset subset(font, {font.glyph(U'é'), font.glyph(U'A')});
            QVERIFY(!subset.fontFile().isEmpty());
        }
    }

    void subsetIsAFontOfItsOwn()
    {
        const TrueTypeFont &font = DocumentFonts::face(FontFace::Regular);
        const QList<quint16> wanted{font.glyph(U'A'), font.glyph(U'é'), font.glyph(U'€'), font.glyph(U'✓')};
        const TrueTypeSubset subset(font, wanted);
        const TrueTypeFont reread(subset.fontFile(), QStringLiteral("subset"));
        QVERIFY(reread.isValid());
        QCOMPARE(reread.glyphCount(), subset.originalGlyphs().size());
        QVERIFY(subset.originalGlyphs().size() >= 5); // the missing glyph, the four asked for, and components
        QVERIFY(subset.fontFile().size() < 20000);    // not the whole 700 KB font
        for (qsizetype g = 0; g < subset.originalGlyphs().size(); ++g) {
            const quint16 original = subset.originalGlyphs().at(g);
            QCOMPARE(reread.advance(quint16(g)), font.advance(original));
            QCOMPARE(reread.glyphData(quint16(g)).size(), (font.glyphData(original).size() + 3) / 4 * 4);
        }
        for (const quint16 glyph : wanted)
            QVERIFY(subset.newGlyph(glyph) != 0);
    }

    void linesBreakAtSpacesHyphensAndInsideLongWords()
    {
        const FontFace face = FontFace::Regular;
        const qreal size = 10;
        const qreal width = TextLines::width(u"aaa bbb", face, size) + 1;
        QCOMPARE(TextLines::wrap(QStringLiteral("aaa bbb ccc"), face, size, width),
                 QStringList({QStringLiteral("aaa bbb"), QStringLiteral("ccc")}));
        QCOMPARE(TextLines::wrap(QStringLiteral("one\n\ntwo"), face, size, 500),
                 QStringList({QStringLiteral("one"), QString(), QStringLiteral("two")}));
        const qreal hyphen = TextLines::width(u"mbo-niv", face, size);
        QCOMPARE(TextLines::wrap(QStringLiteral("mbo-niveau"), face, size, hyphen).first(), QStringLiteral("mbo-"));
        const QString longWord(300, QLatin1Char('x'));
        const QStringList pieces = TextLines::wrap(longWord, face, size, 100);
        QVERIFY(pieces.size() > 5);
        QCOMPARE(pieces.join(QString()), longWord);
        // Whatever the text, no line is wider than asked (a single character may be).
        QRandomGenerator random(7);
        for (int round = 0; round < 50; ++round) {
            QString text;
            for (int i = 0; i < 400; ++i)
                text.append(random.bounded(6) == 0 ? QChar(u' ') : QChar(char16_t(u'a' + random.bounded(26))));
            const qreal limit = 40 + random.bounded(200);
            for (const QString &line : TextLines::wrap(text, face, size, limit))
                QVERIFY(TextLines::width(line, face, size) <= limit + 0.001 || line.size() == 1);
        }
        const QString cut = TextLines::elided(QStringLiteral("A rather long running title for the header"), face, 7, 60);
        QVERIFY(cut.endsWith(QChar(0x2026)));
        QVERIFY(TextLines::width(cut, face, 7) <= 60);
    }

    void tableRowsStayWholeAndTheHeaderRepeats()
    {
        DocumentBlock table;
        table.kind = DocumentBlock::Kind::Table;
        table.table.header = {QStringLiteral("No."), QStringLiteral("Outcome")};
        table.table.widths = {10, 90};
        for (int i = 1; i <= 80; ++i)
            table.table.rows.append({QString::number(i), QStringLiteral("Start%1 a learning outcome long enough to take "
                                                                          "two lines in its column of the table, which "
                                                                          "makes the row taller end%1").arg(i)});
        const LaidOutDocument document = DocumentLayout::layOut(contentWith({DocumentBlock::heading(QStringLiteral("Outcomes")), table}));
        QVERIFY(document.pages.size() >= 3);
        for (int i = 1; i <= 80; ++i) {
            int startPage = -1;
            int endPage = -1;
            for (int p = 0; p < document.pages.size(); ++p) {
                const QString text = bodyTexts(document.pages.at(p)).join(QLatin1Char(' '));
                if (text.contains(QStringLiteral("Start%1 ").arg(i)))
                    startPage = p;
                if (text.contains(QRegularExpression(QStringLiteral("end%1(?!\\d)").arg(i))))
                    endPage = p;
            }
            QVERIFY(startPage >= 0);
            QCOMPARE(endPage, startPage);
        }
        for (const LaidOutPage &page : document.pages.mid(1))
            QCOMPARE(bodyTexts(page).mid(0, 2), QStringList({QStringLiteral("No."), QStringLiteral("Outcome")}));
    }

    void headingsAreNeverLastOnAPage()
    {
        QList<DocumentBlock> blocks;
        for (int i = 0; i < 60; ++i) {
            blocks.append(DocumentBlock::heading(QStringLiteral("Heading %1").arg(i)));
            blocks.append(DocumentBlock::paragraph(QString(QStringLiteral("Words of a paragraph. ")).repeated(4 + i % 9)));
        }
        const LaidOutDocument document = DocumentLayout::layOut(contentWith(blocks));
        QVERIFY(document.pages.size() > 3);
        for (const LaidOutPage &page : document.pages) {
            const QStringList texts = bodyTexts(page);
            QVERIFY(!texts.isEmpty());
            QVERIFY2(!texts.last().startsWith(QStringLiteral("Heading")), qPrintable(texts.last()));
        }
    }

    void whatIsKeptWithTheNextNeverEndsAPageWhateverCameBefore()
    {
        // Headings, subheadings and notes are kept with what follows, however
        // much of the page the text before them has used, and nothing runs
        // into the footer, not even a table row taller than a page.
        DocumentBlock table;
        table.kind = DocumentBlock::Kind::Table;
        table.table.header = {QStringLiteral("No."), QStringLiteral("Text")};
        table.table.widths = {10, 90};
        table.table.rows = {{QStringLiteral("1"), QString(QStringLiteral("Row text. ")).repeated(30)},
                            {QStringLiteral("2"), QStringLiteral("Short row")}};
        DocumentBlock tall = table;
        QStringList lines;
        for (int i = 0; i < 150; ++i)
            lines.append(QStringLiteral("Tall row line %1").arg(i));
        tall.table.rows = {{QStringLiteral("1"), lines.join(QLatin1Char('\n'))}};
        DocumentBlock card;
        card.kind = DocumentBlock::Kind::Fields;
        for (int i = 0; i < 14; ++i)
            card.fields.append({QStringLiteral("Field %1").arg(i), QStringLiteral("A value of a field in the card")});
        DocumentBlock sub;
        sub.kind = DocumentBlock::Kind::SubHeading;
        sub.text = QStringLiteral("KEPT subheading");
        sub.secondary = QStringLiteral("Open");
        const QRectF body = portraitBody();
        for (int filler = 1; filler <= 66; filler += 1) {
            QStringList fill;
            for (int i = 0; i < filler; ++i)
                fill.append(QStringLiteral("Filler %1").arg(i));
            const QList<DocumentBlock> blocks{DocumentBlock::paragraph(fill.join(QLatin1Char('\n'))),
                                              DocumentBlock::heading(QStringLiteral("KEPT heading A")),
                                              DocumentBlock::quiet(QStringLiteral("KEPT note")), table, sub, card,
                                              DocumentBlock::heading(QStringLiteral("KEPT heading C")),
                                              DocumentBlock::paragraph(lines.join(QLatin1Char('\n'))),
                                              DocumentBlock::heading(QStringLiteral("KEPT heading D")), tall};
            const LaidOutDocument document = DocumentLayout::layOut(contentWith(blocks));
            for (const LaidOutPage &page : document.pages) {
                const QStringList texts = bodyTexts(page);
                QVERIFY(!texts.isEmpty());
                QVERIFY2(!texts.last().startsWith(QStringLiteral("KEPT")),
                         qPrintable(QStringLiteral("filler %1: page ends with %2").arg(filler).arg(texts.last())));
                for (const PageItem &item : page.items) {
                    if (item.kind == PageItem::Kind::Text && item.box.top() < body.bottom() && item.box.top() > body.top())
                        QVERIFY2(item.box.bottom() <= body.bottom() + 0.01,
                                 qPrintable(QStringLiteral("filler %1: %2 runs into the footer").arg(filler).arg(item.text)));
                }
            }
        }
    }

    void aParagraphTallerThanAPageIsCutBetweenLines()
    {
        QStringList lines;
        for (int i = 0; i < 200; ++i)
            lines.append(QStringLiteral("Line %1").arg(i));
        const LaidOutDocument document = DocumentLayout::layOut(contentWith({DocumentBlock::paragraph(lines.join(QLatin1Char('\n')))}));
        QVERIFY(document.pages.size() >= 3);
        QStringList seen;
        const QRectF body = portraitBody();
        for (const LaidOutPage &page : document.pages) {
            seen += bodyTexts(page);
            for (const PageItem &item : page.items) // nothing runs into the footer
                QVERIFY(item.box.bottom() <= body.bottom() + DocumentStyle::RunningBand);
        }
        QCOMPARE(seen, lines);
    }

    void theCoverHasAPageOfItsOwn()
    {
        DocumentBlock cover;
        cover.kind = DocumentBlock::Kind::Cover;
        cover.text = QStringLiteral("Cover title");
        cover.fields = {{QStringLiteral("Version"), QStringLiteral("3")}};
        const LaidOutDocument document = DocumentLayout::layOut(contentWith({cover, DocumentBlock::paragraph(QStringLiteral("Body text"))}));
        QCOMPARE(document.pages.size(), 2);
        QVERIFY(bodyTexts(document.pages.at(0)).contains(QStringLiteral("Cover title")));
        QVERIFY(!bodyTexts(document.pages.at(0)).contains(QStringLiteral("Body text")));
        QVERIFY(bodyTexts(document.pages.at(1)).contains(QStringLiteral("Body text")));
        // Every page says which page it is.
        for (int p = 0; p < 2; ++p) {
            const auto &items = document.pages.at(p).items;
            QVERIFY(std::any_of(items.cbegin(), items.cend(),
                                [&](const PageItem &i) { return i.text == QStringLiteral("Page %1 of 2").arg(p + 1); }));
        }
    }
};

QTEST_GUILESS_MAIN(TestPageLayout)
#include "tst_pagelayout.moc"
