// The user guide as a document (`mcstudio-cli guide`): a table of contents
// with the pages its chapters start on, every chapter, the screenshots it
// shows, and only screenshots the screenshot tool rendered in its language.
#include "documents/DocumentExporter.h"
#include "documents/pdf/DocumentLayout.h"
#include "documents/pdf/PdfFileWriter.h"
#include "guide/GuideDocument.h"
#include "guide/UserGuide.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace mcs;

namespace {

/// Every line of text on a page, in order.
QStringList pageTexts(const LaidOutPage &page)
{
    QStringList texts;
    for (const PageItem &item : page.items) {
        if (item.kind == PageItem::Kind::Text)
            texts.append(item.text);
    }
    return texts;
}

QString screenshotsFolder(const QString &language)
{
    return QStringLiteral(MCSTUDIO_DOCS_DIR "/screenshots") + (language == QLatin1String("en") ? QStringLiteral("/en") : QString());
}

} // namespace

class TestGuide : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guideDocumentHasContentsAndEveryChapter_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("nl") << QStringLiteral("nl");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void guideDocumentHasContentsAndEveryChapter()
    {
        QFETCH(QString, language);
        const UserGuide &guide = UserGuide::get(language);
        QVERIFY(guide.chapters().size() >= 10);
        const DocumentContent content = GuideDocument::build(language);
        const LaidOutDocument laidOut = DocumentLayout::layOut(content);
        QVERIFY(laidOut.pages.size() > guide.chapters().size());

        // The page each chapter starts on, read from the pages themselves.
        QHash<QString, int> chapterPages;
        for (qsizetype p = 0; p < laidOut.pages.size(); ++p) {
            for (const PageItem &item : laidOut.pages.at(p).items) {
                for (const GuideChapter &chapter : guide.chapters()) {
                    if (item.anchor == chapter.id && !chapterPages.contains(chapter.id))
                        chapterPages.insert(chapter.id, int(p) + 1);
                }
            }
        }
        // Every chapter is there, under its title, at the top of a page of its own.
        for (const GuideChapter &chapter : guide.chapters()) {
            QVERIFY2(chapterPages.contains(chapter.id), qPrintable(chapter.id));
            const QStringList texts = pageTexts(laidOut.pages.at(chapterPages.value(chapter.id) - 1));
            QVERIFY2(!texts.isEmpty() && texts.first() == chapter.title, qPrintable(texts.join(u'|')));
        }
        // The contents (page 2) list each chapter with the page it starts on.
        const QStringList contents = pageTexts(laidOut.pages.at(1)) + pageTexts(laidOut.pages.at(2));
        const QString contentsHeading = language == QLatin1String("nl") ? QStringLiteral("Inhoud") : QStringLiteral("Contents");
        QVERIFY(contents.contains(contentsHeading));
        for (const GuideChapter &chapter : guide.chapters()) {
            const qsizetype at = contents.indexOf(chapter.title);
            QVERIFY2(at >= 0, qPrintable(chapter.title));
            QCOMPARE(contents.value(at + 1), QString::number(chapterPages.value(chapter.id)));
        }
        // The screenshots are in, each read (none left as its caption only).
        int images = 0;
        for (const LaidOutPage &page : laidOut.pages) {
            for (const PageItem &item : page.items)
                images += item.kind == PageItem::Kind::Image && !item.image.isNull() ? 1 : 0;
        }
        QVERIFY(images >= 8);
        for (const DocumentBlock &block : content.blocks) {
            if (block.kind == DocumentBlock::Kind::Image)
                QVERIFY2(!block.image.isNull(), qPrintable(block.text));
        }
        // And it is written as a PDF with those pages.
        const QByteArray pdf = DocumentExporter::toBytes(content, DocumentExporter::Format::Pdf);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.contains("/Subtype /Image"));
        QVERIFY(pdf.contains("/Count " + QByteArray::number(laidOut.pages.size())));
    }

    void everyGuideImageIsAScreenshotOfItsLanguage_data()
    {
        guideDocumentHasContentsAndEveryChapter_data();
    }

    void everyGuideImageIsAScreenshotOfItsLanguage()
    {
        // The images come from the screenshot tool, in the guide's language,
        // never by hand: each is a file it wrote and lists in its manifest.
        QFETCH(QString, language);
        const QString folder = screenshotsFolder(language);
        QFile manifestFile(folder + QStringLiteral("/manifest.txt"));
        QVERIFY2(manifestFile.open(QIODevice::ReadOnly), qPrintable(manifestFile.fileName()));
        const QStringList manifest = QString::fromUtf8(manifestFile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QDir chapters(QStringLiteral(MCSTUDIO_DOCS_DIR "/guide/") + language);
        const QString prefix = QStringLiteral("../../screenshots/") + (language == QLatin1String("en") ? QStringLiteral("en/") : QString());
        static const QRegularExpression image(QStringLiteral("!\\[[^\\]]*\\]\\(([^)]+)\\)"));
        int found = 0;
        for (const QString &name : chapters.entryList({QStringLiteral("*.md")}, QDir::Files)) {
            QFile file(chapters.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QRegularExpressionMatchIterator matches = image.globalMatch(QString::fromUtf8(file.readAll()));
            while (matches.hasNext()) {
                const QString path = matches.next().captured(1);
                QVERIFY2(path.startsWith(prefix) && !path.mid(prefix.size()).contains(QLatin1Char('/')),
                         qPrintable(name + QStringLiteral(": ") + path));
                const QString shot = path.mid(prefix.size());
                QVERIFY2(QFile::exists(QDir(folder).filePath(shot)), qPrintable(shot));
                QVERIFY2(manifest.contains(shot), qPrintable(shot));
                ++found;
            }
        }
        QVERIFY(found >= 8);
    }

    void inlineMarkdownBecomesRuns()
    {
        const QList<TextRun> runs = GuideDocument::inlineRuns(
            QStringLiteral("Press **Next**, see `mcstudio-cli` and [the guide](https://example.invalid), *once*."));
        QString plain;
        QStringList strong;
        for (const TextRun &run : runs) {
            plain += run.text;
            if (run.strong)
                strong.append(run.text);
        }
        QCOMPARE(plain, QStringLiteral("Press Next, see mcstudio-cli and the guide, once."));
        QCOMPARE(strong, QStringList({QStringLiteral("Next"), QStringLiteral("once")}));
    }
};

QTEST_GUILESS_MAIN(TestGuide)
#include "tst_guide.moc"
