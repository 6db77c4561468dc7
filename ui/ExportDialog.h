#pragma once

#include "documents/DocumentExporter.h"

#include <QDialog>

class QComboBox;

namespace mcs::ui {

/// Asks what to export: the description, the checklist report or the catalogue
/// overview; the format; the document's language (independent of the interface
/// language); and, for the checklist report, the quality framework.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Document { Description, Checklist, Overview };

    ExportDialog(Document document, const QString &frameworkId, const QString &language, QWidget *parent = nullptr);

    Document document() const;
    DocumentExporter::Format format() const;
    QString language() const;
    QString frameworkId() const;

private:
    void updateFramework();

    QComboBox *m_document = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_framework = nullptr;
};

} // namespace mcs::ui
