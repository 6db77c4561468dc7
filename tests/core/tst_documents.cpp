#include "TestDesigns.h"
#include "documents/CatalogueOverviewBuilder.h"
#include "documents/ChecklistReportBuilder.h"
#include "documents/DescriptionBuilder.h"
#include "documents/DocumentExporter.h"
#include "documents/SafeTextDocument.h"
#include "example/ExampleDesign.h"
#include "format/ContentFingerprint.h"
#include "frameworks/FrameworkLibrary.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextCursor>
#include <QTextImageFormat>
#include <QtTest>

using namespace mcs;
using mcs::test::TestDesigns;

namespace {

const QDate Today(2026, 11, 23);

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString normalised(QString text)
{
    return text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" ")).trimmed();
}

/// The text of one page (or all, with page 0), whitespace folded.
QString pdfText(const QString &path, int page = 0)
{
    QStringList arguments;
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    return normalised(run(QStringLiteral("pdftotext"), arguments << path << QStringLiteral("-")));
}

int pdfPages(const QString &path)
{
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                                          .match(run(QStringLiteral("pdfinfo"), {path}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

Microcredential longDesign()
{
    Microcredential mc = ExampleDesign::load();
    mc.learningOutcomes.clear();
    for (int i = 1; i <= 30; ++i) {
        LearningOutcome lo;
        lo.id = Microcredential::newId();
        lo.statement.nl = QStringLiteral("Begin%1 De deelnemer analyseert situatie %1 in de beroepspraktijk volgens de "
                                         "geldende richtlijnen en legt de uitkomst vast in een verslag dat aan de "
                                         "eisen van de opdrachtgever voldoet, eind%1.").arg(i);
        lo.statement.en = lo.statement.nl;
        mc.learningOutcomes.append(lo);
    }
    mc.summary.nl = QString(QStringLiteral("Een lange samenvatting die over meerdere regels loopt. ")).repeated(60);
    for (Assessment &a : mc.assessments)
        a.learningOutcomeIds = {mc.learningOutcomes.at(0).id};
    return mc;
}

} // namespace

class TestDocuments : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writePdf(const DocumentContent &content, const char *name, DocumentExporter::Format format = DocumentExporter::Format::Pdf)
    {
        const QString path = m_dir.filePath(QLatin1String(name));
        const Result<int> written = DocumentExporter::write(content, format, path);
        if (!written.ok())
            qWarning() << written.error();
        return written.ok() ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils (pdftotext, pdfinfo, pdffonts) is not installed");
    }

    void descriptionHoldsEveryField_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("nl") << QStringLiteral("nl");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void descriptionHoldsEveryField()
    {
        QFETCH(QString, language);
        const Microcredential mc = TestDesigns::full();
        const QualityFramework *framework = FrameworkLibrary::findBuiltIn(QStringLiteral("hbo-wo"));
        const QString path = writePdf(DescriptionBuilder::build(mc, framework, language, Today), "full.pdf");
        QVERIFY(!path.isEmpty());
        const QString text = pdfText(path);
        auto pick = [&](const LocalizedText &t) { return t.preferred(language); };
        QStringList expected{pick(mc.title), pick(mc.summary), mc.institution.name, mc.institution.identifier,
                             mc.institution.region, pick(mc.targetGroup), pick(mc.priorKnowledge),
                             pick(mc.admissionRequirements), pick(mc.admissionTesting), pick(mc.industry),
                             pick(mc.labourMarketValue), pick(mc.grading), pick(mc.stackability.towards),
                             pick(mc.furtherInformation), mc.furtherInformationUrl, mc.qualityAssurance.examiningBody,
                             pick(mc.qualityAssurance.description), QStringLiteral("34560"), QStringLiteral("36"),
                             ContentFingerprint::shortForm(mc)};
        expected += mc.regionalPartners;
        expected += mc.authors;
        for (const LearningOutcome &lo : mc.learningOutcomes)
            expected.append(pick(lo.statement));
        for (const Assessment &a : mc.assessments)
            expected.append(pick(a.description));
        for (const QString &value : std::as_const(expected))
            QVERIFY2(text.contains(normalised(value)), qPrintable(QStringLiteral("missing: ") + value));
        QVERIFY(text.contains(QStringLiteral("€ 125,-")) || language == QLatin1String("en"));
        QVERIFY(text.contains(QStringLiteral("Joël Bakker")));
        QVERIFY(text.contains(language == QLatin1String("nl") ? QStringLiteral("Pagina 1 van") : QStringLiteral("Page 1 of")));
        const int pages = pdfPages(path);
        QVERIFY2(pages >= 3 && pages <= 8, qPrintable(QString::number(pages)));
    }

    void fontsAreEmbedded()
    {
        const QString path = writePdf(DescriptionBuilder::build(ExampleDesign::load(), nullptr, QStringLiteral("nl"), Today), "fonts.pdf");
        const QStringList lines = run(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 2);
        for (const QString &line : lines.mid(2)) {
            const QStringList columns = line.split(QRegularExpression(QStringLiteral("\\s+")));
            QVERIFY2(columns.size() >= 5 && columns.at(columns.size() - 5) == QLatin1String("yes"), qPrintable(line));
        }
    }

    void ordinaryDocumentsUseOurOwnWriter()
    {
        const QString path = writePdf(DescriptionBuilder::build(ExampleDesign::load(), nullptr, QStringLiteral("nl"), Today), "own.pdf");
        const QString info = run(QStringLiteral("pdfinfo"), {path});
        QVERIFY2(info.contains(QStringLiteral("Producer:        Microcredential Studio")), qPrintable(info));
        // Fonts are subsets (tagged names), not the whole font in every file.
        const QString fonts = run(QStringLiteral("pdffonts"), {path});
        QVERIFY2(QRegularExpression(QStringLiteral("[A-Z]{6}\\+DejaVuSans ")).match(fonts).hasMatch(), qPrintable(fonts));
        QVERIFY(QFileInfo(path).size() < 150000);
    }

    void pdfStructureIsValid()
    {
        // Our own PDF writer: qpdf checks the cross-reference table, every object
        // and every stream (the test command installs qpdf).
        if (QStandardPaths::findExecutable(QStringLiteral("qpdf")).isEmpty())
            QSKIP("qpdf is not installed");
        Microcredential greek = ExampleDesign::load();
        greek.title.nl = QStringLiteral("Ελληνικά και кириллица");
        const QList<QPair<const char *, DocumentContent>> documents{
            {"check-description.pdf", DescriptionBuilder::build(TestDesigns::full(), FrameworkLibrary::findBuiltIn(QStringLiteral("hbo-wo")), QStringLiteral("nl"), Today)},
            {"check-checklist.pdf", ChecklistReportBuilder::build(TestDesigns::full(), *FrameworkLibrary::findBuiltIn(QStringLiteral("hbo-wo")), QStringLiteral("en"), Today)},
            {"check-overview.pdf", CatalogueOverviewBuilder::build({}, QStringLiteral("empty.mcdb"), QStringLiteral("nl"), Today)},
            {"check-greek.pdf", DescriptionBuilder::build(greek, nullptr, QStringLiteral("nl"), Today)},
            {"check-long.pdf", DescriptionBuilder::build(longDesign(), nullptr, QStringLiteral("nl"), Today)}};
        for (const auto &[name, content] : documents) {
            const QString path = writePdf(content, name);
            QProcess qpdf;
            qpdf.start(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
            QVERIFY(qpdf.waitForFinished(30000));
            const QString report = QString::fromUtf8(qpdf.readAllStandardOutput() + qpdf.readAllStandardError());
            QVERIFY2(qpdf.exitCode() == 0 && report.contains(QStringLiteral("No syntax or stream encoding errors")),
                     qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(name), report)));
        }
    }

    void greekAndCyrillicTextGetsAFontSubsetOfItsOwn()
    {
        Microcredential mc = ExampleDesign::load();
        mc.title.nl = QStringLiteral("Ελληνικά και кириллица: Ωμέγα Жук");
        const QString path = writePdf(DescriptionBuilder::build(mc, nullptr, QStringLiteral("nl"), Today), "greek.pdf");
        QVERIFY(pdfText(path).contains(mc.title.nl));
        QVERIFY(run(QStringLiteral("pdfinfo"), {path}).contains(QStringLiteral("Microcredential Studio")));
    }

    void rightToLeftTextIsShapedByQt()
    {
        // DejaVu Sans has Hebrew and Arabic letters, but they need reordering
        // and shaping: such a document goes through Qt's painter.
        Microcredential mc = ExampleDesign::load();
        mc.title.nl = QStringLiteral("Warmtepompen שלום مرحبا");
        const QString path = writePdf(DescriptionBuilder::build(mc, nullptr, QStringLiteral("nl"), Today), "rtl.pdf");
        QVERIFY(!path.isEmpty());
        QVERIFY(run(QStringLiteral("pdfinfo"), {path}).contains(QStringLiteral("Producer:        Qt")));
        QVERIFY(pdfText(path).contains(QStringLiteral("Warmtepompen")));
    }

    void textWithoutGlyphsInOurFontsStillPrints()
    {
        // DejaVu Sans has no Chinese: such a document goes through Qt's painter and its font fallback.
        Microcredential mc = ExampleDesign::load();
        mc.title.nl = QStringLiteral("Warmtepompen 中文 installeren");
        const QString path = writePdf(DescriptionBuilder::build(mc, nullptr, QStringLiteral("nl"), Today), "cjk.pdf");
        QVERIFY(!path.isEmpty());
        QVERIFY(pdfPages(path) >= 3);
        QVERIFY(pdfText(path).contains(QStringLiteral("Warmtepompen")));
    }

    void hostileTextCannotBreakOutOfThePdf()
    {
        Microcredential mc = ExampleDesign::load();
        mc.title.nl = QStringLiteral("a) /JS (app.alert(1)) >> \\ <feff> %%EOF \u0001\u001b\r\u0092 end");
        mc.summary.nl = QStringLiteral("tab\there\r\nnew line \u0000 nul Cafe\u0301");
        const DocumentContent content = DescriptionBuilder::build(mc, nullptr, QStringLiteral("nl"), Today);
        const QString path = writePdf(content, "hostile-pdf.pdf");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("/JS"));
        QCOMPARE(bytes.count("%%EOF"), 1);
        QVERIFY(run(QStringLiteral("pdfinfo"), {path}).contains(QStringLiteral("a) /JS (app.alert(1)) >> \\ <feff>")));
        const QString text = pdfText(path);
        QVERIFY(text.contains(QStringLiteral("a) /JS (app.alert(1)) >> \\ <feff> %%EOF end")));
        QVERIFY(text.contains(QStringLiteral("tab here")));
        QVERIFY(text.contains(QStringLiteral("Café"))); // a combining accent is composed
        // Control characters are dropped, not a reason to leave our own writer.
        QVERIFY(run(QStringLiteral("pdfinfo"), {path}).contains(QStringLiteral("Producer:        Microcredential Studio")));
    }

    void pdfaIsDeclared()
    {
        const QString path = writePdf(DescriptionBuilder::build(ExampleDesign::load(), nullptr, QStringLiteral("nl"), Today),
                                      "a.pdf", DocumentExporter::Format::PdfA);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("pdfaid:part"));
    }

    void fingerprint()
    {
        const Microcredential base = TestDesigns::full();
        const QString print = ContentFingerprint::full(base);
        QCOMPARE(print.size(), 64);
        QCOMPARE(ContentFingerprint::full(TestDesigns::full()), print);
        QCOMPARE(ContentFingerprint::shortForm(base).size(), 19);

        Microcredential same = base;
        same.changed = same.changed.addDays(3);
        same.status = Status::Approved;
        same.checklists.clear();
        QCOMPARE(ContentFingerprint::full(same), print);

        const QList<std::function<void(Microcredential &)>> changes{
            [](Microcredential &m) { m.title.nl += QLatin1Char('.'); },
            [](Microcredential &m) { m.title.en += QLatin1Char(' '); },
            [](Microcredential &m) { m.summary.en.clear(); },
            [](Microcredential &m) { m.sector = Sector::Wo; },
            [](Microcredential &m) { m.institution.region = QStringLiteral("Limburg"); },
            [](Microcredential &m) { m.studyLoadHours += 1; },
            [](Microcredential &m) { m.eqfLevel = 5; },
            [](Microcredential &m) { m.nlqfLevel.reset(); },
            [](Microcredential &m) { m.learningOutcomes[1].statement.nl += QLatin1Char('!'); },
            [](Microcredential &m) { m.learningOutcomes.move(0, 1); },
            [](Microcredential &m) { m.assessments[0].learningOutcomeIds.removeLast(); },
            [](Microcredential &m) { m.assessments[1].supervision = Supervision::SupervisedNoIdCheck; },
            [](Microcredential &m) { m.participation = Participation::Online; },
            [](Microcredential &m) { m.qualityAssurance.examiningBody.clear(); },
            [](Microcredential &m) { m.regionalPartners.append(QStringLiteral("X")); },
            [](Microcredential &m) { m.validityMonths.reset(); },
            [](Microcredential &m) { m.programmeCodes.clear(); },
            [](Microcredential &m) { m.furtherInformationUrl.clear(); },
            [](Microcredential &m) { m.version = 4; },
            [](Microcredential &m) { m.authors.removeFirst(); },
        };
        for (qsizetype i = 0; i < changes.size(); ++i) {
            Microcredential changed = base;
            changes.at(i)(changed);
            QVERIFY2(ContentFingerprint::full(changed) != print, qPrintable(QString::number(i)));
        }
    }

    void userTextIsEscapedEverywhere()
    {
        Microcredential mc = ExampleDesign::load();
        const QString hostile = QStringLiteral("<b>x</b> & <img src=\"http://example.org/a.png\">");
        mc.title.nl = hostile;
        mc.learningOutcomes[0].statement.nl = QStringLiteral("<script>alert(1)</script>");
        const DocumentContent content = DescriptionBuilder::build(mc, nullptr, QStringLiteral("nl"), Today);

        const QString html = QString::fromUtf8(DocumentExporter::toBytes(content, DocumentExporter::Format::Html));
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;x&lt;/b&gt; &amp; &lt;img src=&quot;http://example.org/a.png&quot;&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(!html.contains(QStringLiteral("<b>x")));
        QVERIFY(html.contains(QStringLiteral("Content-Security-Policy")));

        const QString pdf = writePdf(content, "hostile.pdf");
        QVERIFY(pdfText(pdf).contains(hostile));

        const QByteArray odt = DocumentExporter::toBytes(content, DocumentExporter::Format::Odt);
        QVERIFY(odt.startsWith("PK"));
        QVERIFY(odt.contains("application/vnd.oasis.opendocument.text"));
    }

    void documentsLoadNoResources()
    {
        SafeTextDocument doc;
        QTemporaryDir dir;
        const QString image = dir.filePath(QStringLiteral("a.png"));
        QImage(4, 4, QImage::Format_RGB32).save(image);
        doc.setHtml(QStringLiteral("<img src=\"file://%1\"><img src=\"http://example.org/a.png\">").arg(image));
        doc.size(); // lays out, which is when images are asked for
        QVERIFY(doc.resource(QTextDocument::ImageResource, QUrl::fromLocalFile(image)).isNull());
        QVERIFY(doc.resource(QTextDocument::ImageResource, QUrl(QStringLiteral("http://example.org/a.png"))).isNull());
    }

    void emptyDesignGivesACleanDocument()
    {
        Microcredential mc = TestDesigns::minimal();
        mc.institution = {};
        const QString path = writePdf(DescriptionBuilder::build(mc, nullptr, QStringLiteral("nl"), Today), "empty.pdf");
        QVERIFY(!path.isEmpty());
        const QString text = pdfText(path);
        QVERIFY(text.contains(QStringLiteral("Er zijn nog geen leeruitkomsten beschreven.")));
        QVERIFY(text.contains(QStringLiteral("Alleen een titel")));
        QVERIFY(pdfPages(path) >= 2);
    }

    void longContentBreaksCleanly()
    {
        const Microcredential mc = longDesign();
        const QString path = writePdf(DescriptionBuilder::build(mc, FrameworkLibrary::findBuiltIn(QStringLiteral("mbo-2024")),
                                                                QStringLiteral("nl"), Today), "long.pdf");
        const int pages = pdfPages(path);
        QVERIFY2(pages >= 6 && pages <= 14, qPrintable(QString::number(pages)));
        QStringList pageTexts;
        for (int p = 1; p <= pages; ++p)
            pageTexts.append(pdfText(path, p));
        auto pageOf = [&](const QString &needle) {
            for (int p = 0; p < pageTexts.size(); ++p) {
                if (pageTexts.at(p).contains(needle))
                    return p;
            }
            return -1;
        };
        // No table row is split over two pages: every outcome starts and ends on one page.
        for (int i = 1; i <= 30; ++i) {
            const int start = pageOf(QStringLiteral("Begin%1 ").arg(i));
            QVERIFY(start >= 0);
            QCOMPARE(pageOf(QStringLiteral("eind%1.").arg(i)), start);
        }
        // A heading is never alone at the bottom of a page: what follows it is on its page.
        QCOMPARE(pageOf(QStringLiteral("Toetsing Nr. Soort")), pageOf(QStringLiteral("Toetsing Nr.")));
        QVERIFY(pageOf(QStringLiteral("Toetsing Nr. Soort Beschrijving")) >= 0);
        QVERIFY(pageOf(QStringLiteral("Vaststelling Met hun handtekening")) >= 0);
        QVERIFY(pageOf(QStringLiteral("Leeruitkomsten Nr. Leeruitkomst")) >= 0);
        // The table header repeats on the page where the outcomes continue.
        const int first = pageOf(QStringLiteral("Begin1 "));
        const int last = pageOf(QStringLiteral("Begin30 "));
        QVERIFY(last > first);
        QVERIFY2(pageTexts.at(last).contains(QStringLiteral("Nr. Leeruitkomst")), qPrintable(pageTexts.at(last).left(300)));
        // Every page has its footer.
        for (int p = 0; p < pages; ++p)
            QVERIFY(pageTexts.at(p).contains(QStringLiteral("Pagina %1 van %2").arg(p + 1).arg(pages)));
    }

    void checklistReportListsOpenItemsFirst()
    {
        const Microcredential mc = TestDesigns::full();
        const QualityFramework *framework = FrameworkLibrary::findBuiltIn(QStringLiteral("hbo-wo"));
        const QString path = writePdf(ChecklistReportBuilder::build(mc, *framework, QStringLiteral("nl"), Today), "checklist.pdf");
        const QString text = pdfText(path);
        const qsizetype open = text.indexOf(QStringLiteral("Openstaande punten"));
        const qsizetype done = text.indexOf(QStringLiteral("Afgeronde punten"));
        QVERIFY(open >= 0 && done > open);
        // C1 is met in the test design: it is listed under the completed items.
        QVERIFY(text.indexOf(QStringLiteral("C1 · ")) > done);
        QVERIFY(text.indexOf(QStringLiteral("C7 · ")) > open && text.indexOf(QStringLiteral("C7 · ")) < done);
        QVERIFY(text.contains(QStringLiteral("5 EC, zie studiegids § 2")));
        QVERIFY(text.contains(QStringLiteral("Toetsmatrix <ok>")));
        QVERIFY(text.contains(QStringLiteral("https://example.org/studiegids")));
        QVERIFY(text.contains(QStringLiteral("Wijzigingen in het kader")));  // C1 was worked on with another wording
    }

    void overviewListsTheCatalogue()
    {
        QList<CatalogueEntry> entries;
        for (int i = 0; i < 60; ++i) {
            CatalogueEntry e;
            e.id = Microcredential::newId();
            e.title = {QStringLiteral("Microcredential nummer %1 met een titel").arg(i), QString()};
            e.studyLoadHours = 240;
            e.eqfLevel = 4;
            e.changed = QDateTime(Today.startOfDay());
            entries.append(e);
        }
        const QString path = writePdf(CatalogueOverviewBuilder::build(entries, QStringLiteral("scholen.mcdb"), QStringLiteral("nl"), Today), "overview.pdf");
        const QString text = pdfText(path);
        for (int i = 0; i < 60; ++i)
            QVERIFY(text.contains(QStringLiteral("Microcredential nummer %1 met een titel").arg(i)));
        // A4 landscape: 297 x 210 mm is 841.89 x 595.28 points.
        const QRegularExpressionMatch size = QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts"))
                                                 .match(run(QStringLiteral("pdfinfo"), {path}));
        QVERIFY(size.hasMatch());
        QVERIFY(qAbs(size.captured(1).toDouble() - 841.89) < 1 && qAbs(size.captured(2).toDouble() - 595.28) < 1);
        QVERIFY(pdfPages(path) >= 2);
    }
};

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
