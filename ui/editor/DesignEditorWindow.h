#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace mcs::ui {

class DesignDocument;
class DesignSection;

/// The editor of an existing microcredential: the sections of the wizard in one
/// window, with undo and redo, saved to the catalogue automatically (there is no
/// Save button to forget).
class DesignEditorWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// The window shares `document` (the main window keeps one per open design).
    explicit DesignEditorWindow(std::shared_ptr<DesignDocument> document, QWidget *parent = nullptr);
    ~DesignEditorWindow() override;

    DesignDocument *document() const { return m_document.get(); }
    /// Shows the section of a field path and puts the cursor in that field.
    bool focusField(const QString &fieldPath);
    void showSection(int index);
    DesignSection *section(int index) const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void updateTitle();
    void showSaveState();
    void handleSaveFailure(const QString &message);

    std::shared_ptr<DesignDocument> m_document;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QList<DesignSection *> m_sections;
    QLabel *m_saveState = nullptr;
};

} // namespace mcs::ui
