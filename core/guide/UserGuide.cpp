#include "UserGuide.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace mcs {

namespace {

const QRegularExpression &headingPattern()
{
    // "# Title {#id}" or "## Title {#id}", the anchor at the end of the line.
    static const QRegularExpression pattern(QStringLiteral("^(#{1,2}) +(.*?) *\\{#([a-z0-9-]+)\\} *$"),
                                            QRegularExpression::MultilineOption);
    return pattern;
}

GuideChapter readChapter(const QString &fileName, const QString &markdown)
{
    GuideChapter chapter;
    chapter.fileName = fileName;
    chapter.markdown = UserGuide::withoutAnchors(markdown);
    QRegularExpressionMatchIterator it = headingPattern().globalMatch(markdown);
    qsizetype sectionStart = -1;
    GuideSection current;
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.captured(1).size() == 1) {
            if (chapter.id.isEmpty()) {
                chapter.id = match.captured(3);
                chapter.title = match.captured(2);
            }
            continue;
        }
        if (sectionStart >= 0) {
            current.text = UserGuide::withoutAnchors(markdown.mid(sectionStart, match.capturedStart() - sectionStart));
            chapter.sections.append(current);
        }
        current = GuideSection{match.captured(3), match.captured(2), QString()};
        sectionStart = match.capturedStart();
    }
    if (sectionStart >= 0) {
        current.text = UserGuide::withoutAnchors(markdown.mid(sectionStart));
        chapter.sections.append(current);
    }
    return chapter;
}

} // namespace

QString UserGuide::withoutAnchors(const QString &markdown)
{
    QString text = markdown;
    static const QRegularExpression anchor(QStringLiteral(" *\\{#[a-z0-9-]+\\} *$"), QRegularExpression::MultilineOption);
    return text.remove(anchor);
}

UserGuide UserGuide::fromFolder(const QString &folder)
{
    UserGuide guide;
    const QDir dir(folder);
    const QStringList files = dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        guide.m_chapters.append(readChapter(name, QString::fromUtf8(file.readAll())));
    }
    return guide;
}

const UserGuide &UserGuide::get(const QString &language)
{
    static const UserGuide dutch = fromFolder(QStringLiteral(":/mcstudio/guide/nl"));
    static const UserGuide english = fromFolder(QStringLiteral(":/mcstudio/guide/en"));
    return language == QLatin1String("nl") ? dutch : english;
}

std::optional<GuidePlace> UserGuide::find(const QString &id) const
{
    for (int c = 0; c < m_chapters.size(); ++c) {
        const GuideChapter &chapter = m_chapters.at(c);
        if (chapter.id == id)
            return GuidePlace{c, QString()};
        for (const GuideSection &section : chapter.sections) {
            if (section.id == id)
                return GuidePlace{c, id};
        }
    }
    return std::nullopt;
}

QString UserGuide::title(const GuidePlace &place) const
{
    if (place.chapter < 0 || place.chapter >= m_chapters.size())
        return {};
    const GuideChapter &chapter = m_chapters.at(place.chapter);
    for (const GuideSection &section : chapter.sections) {
        if (section.id == place.sectionId)
            return section.title;
    }
    return chapter.title;
}

QList<GuidePlace> UserGuide::search(const QString &query) const
{
    const QStringList words = query.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<GuidePlace> places;
    if (words.isEmpty())
        return places;
    for (int c = 0; c < m_chapters.size(); ++c) {
        for (const GuideSection &section : m_chapters.at(c).sections) {
            const bool all = std::all_of(words.cbegin(), words.cend(), [&section](const QString &word) {
                return section.text.contains(word, Qt::CaseInsensitive);
            });
            if (all)
                places.append(GuidePlace{c, section.id});
        }
    }
    return places;
}

} // namespace mcs
