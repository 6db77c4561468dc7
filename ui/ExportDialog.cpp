#include "ExportDialog.h"

#include "help/HelpTargets.h"

#include "DisplayNames.h"
#include "frameworks/FrameworkLibrary.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>

namespace mcs::ui {

ExportDialog::ExportDialog(Document document, const QString &frameworkId, const QString &language, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export"));
    HelpTargets::set(this, HelpTargets::exportDialog());
    auto *form = new QFormLayout(this);
    m_document = new QComboBox(this);
    m_document->setObjectName(QStringLiteral("documentComboBox"));
    m_document->setAccessibleName(tr("Document"));
    m_document->addItem(tr("Description for approval"), int(Document::Description));
    m_document->addItem(tr("Checklist review report"), int(Document::Checklist));
    m_document->addItem(tr("Catalogue overview"), int(Document::Overview));
    m_document->setCurrentIndex(m_document->findData(int(document)));
    form->addRow(tr("&Document"), m_document);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("formatComboBox"));
    m_format->setAccessibleName(tr("Format"));
    m_format->addItem(tr("PDF"), int(DocumentExporter::Format::Pdf));
    m_format->addItem(tr("PDF/A-1b (for archiving)"), int(DocumentExporter::Format::PdfA));
    m_format->addItem(tr("ODT (LibreOffice, Word)"), int(DocumentExporter::Format::Odt));
    m_format->addItem(tr("HTML"), int(DocumentExporter::Format::Html));
    form->addRow(tr("&Format"), m_format);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    m_language->setAccessibleName(tr("Language of the document"));
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(language == QLatin1String("en") ? language : QStringLiteral("nl")));
    form->addRow(tr("&Language"), m_language);

    m_framework = new QComboBox(this);
    m_framework->setObjectName(QStringLiteral("frameworkComboBox"));
    m_framework->setAccessibleName(tr("Quality framework"));
    for (const QualityFramework *framework : FrameworkLibrary::all())
        m_framework->addItem(DisplayNames::framework(*framework, language), framework->id);
    m_framework->setCurrentIndex(std::max(0, m_framework->findData(frameworkId)));
    form->addRow(tr("&Quality framework"), m_framework);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_document, &QComboBox::currentIndexChanged, this, &ExportDialog::updateFramework);
    updateFramework();
}

void ExportDialog::updateFramework()
{
    m_framework->setEnabled(document() != Document::Overview);
}

ExportDialog::Document ExportDialog::document() const
{
    return Document(m_document->currentData().toInt());
}

DocumentExporter::Format ExportDialog::format() const
{
    return DocumentExporter::Format(m_format->currentData().toInt());
}

QString ExportDialog::language() const
{
    return m_language->currentData().toString();
}

QString ExportDialog::frameworkId() const
{
    return m_framework->currentData().toString();
}

} // namespace mcs::ui
