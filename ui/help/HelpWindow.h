#pragma once

#include "guide/UserGuide.h"

#include <QWidget>

class QAction;
class QLineEdit;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace mcs::ui {

/// The user guide in the program: contents on the left, the chapter on the
/// right (Markdown through QTextBrowser; no web engine, no network), search over
/// every section, and Back and Forward through what was read. One window for
/// the whole program, brought to the front by F1 and the help buttons.
class HelpWindow : public QWidget
{
    Q_OBJECT

public:
    explicit HelpWindow(const QString &language, QWidget *parent = nullptr);

    /// The one help window, opened (or brought forward) at guide section `id`.
    static HelpWindow *showSection(const QString &id);
    /// The open help window, if any.
    static HelpWindow *instance();

    /// Goes to a chapter or section id; false when the guide has no such id.
    bool open(const QString &id);
    QString currentSectionId() const { return m_current.sectionId.isEmpty() ? chapterId() : m_current.sectionId; }
    QTextBrowser *browser() const { return m_browser; }
    void back();
    void forward();

private:
    void showPlace(const GuidePlace &place, bool remember);
    /// Scales the chapter's screenshots down to the width of the text.
    void fitImages();
    void fillContents();
    void searchFor(const QString &query);
    void itemChosen(QTreeWidgetItem *item);
    void scrollToHeading(const QString &title);
    void selectInContents(const GuidePlace &place);
    QString chapterId() const;
    void updateNavigation();

    const UserGuide &m_guide;
    QString m_language;
    QTreeWidget *m_contents = nullptr;
    QLineEdit *m_search = nullptr;
    QTextBrowser *m_browser = nullptr;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    GuidePlace m_current;
    int m_shownChapter = -1;
    QList<GuidePlace> m_history;
    int m_historyIndex = -1;
};

} // namespace mcs::ui
