#pragma once

#include "model/Microcredential.h"

#include "workflow/ConflictResolution.h"

#include <QMainWindow>

#include <functional>

#include <memory>

class QLabel;
class QPushButton;
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
    /// Writes the design as it is in this window to a .mcdesign file (also
    /// when the catalogue cannot be reached).
    bool saveCopyTo(const QString &path);
    /// Asked after a conflict; tests answer it in advance.
    void setConflictResolver(ConflictResolution::Resolver resolver) { m_resolveConflict = std::move(resolver); }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void updateTitle();
    void showSaveState();
    void handleSaveFailure(const QString &message);
    void resolveConflict();
    void updateFrozenState();
    void saveCopy();

    std::shared_ptr<DesignDocument> m_document;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QList<DesignSection *> m_sections;
    QLabel *m_saveState = nullptr;
    QWidget *m_frozenBanner = nullptr;
    QLabel *m_frozenText = nullptr;
    ConflictResolution::Resolver m_resolveConflict;
    bool m_resolving = false;
};

} // namespace mcs::ui
