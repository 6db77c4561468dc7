#include "VerbLexicon.h"

#include "format/JsonFieldReader.h"
#include "linter/TextTokens.h"
#include "util/Utf8.h"

#include <QFile>
#include <QJsonDocument>

namespace mcs {

namespace {

bool isVowel(QChar c)
{
    return QStringLiteral("aeiouyëéèïö").contains(c);
}

/// The forms of a multi-word expression as lowercase word lists.
QList<QStringList> wordLists(const QStringList &expressions)
{
    QList<QStringList> lists;
    for (const QString &expression : expressions) {
        const QStringList words = TextTokens::words(expression);
        if (!words.isEmpty())
            lists.append(words);
    }
    return lists;
}

QString englishSForm(const QString &base)
{
    static const QStringList esEndings{QStringLiteral("s"), QStringLiteral("sh"), QStringLiteral("ch"),
                                       QStringLiteral("x"), QStringLiteral("z"), QStringLiteral("o")};
    if (base.size() > 1 && base.endsWith(QLatin1Char('y')) && !isVowel(base.at(base.size() - 2)))
        return base.left(base.size() - 1) + QLatin1String("ies");
    for (const QString &ending : esEndings) {
        if (base.endsWith(ending))
            return base + QLatin1String("es");
    }
    return base + QLatin1Char('s');
}

} // namespace

BloomLevel VerbLexicon::Verb::highest() const
{
    BloomLevel best = BloomLevel::Remember;
    for (const BloomLevel level : levels)
        best = int(level) > int(best) ? level : best;
    return best;
}

QString VerbLexicon::dutchStem(const QString &infinitive)
{
    QString base = infinitive.endsWith(QLatin1String("en")) ? infinitive.left(infinitive.size() - 2) : infinitive;
    const qsizetype n = base.size();
    if (n >= 2 && base.at(n - 1) == base.at(n - 2) && !isVowel(base.at(n - 1))) {
        base.chop(1); // stellen -> stel
    } else if (n >= 3 && !isVowel(base.at(n - 1)) && isVowel(base.at(n - 2)) && !isVowel(base.at(n - 3))
               && base.at(n - 2) != QLatin1Char('i')) {
        base.insert(n - 1, base.at(n - 2)); // maken -> maak
    }
    if (base.endsWith(QLatin1Char('v')))
        base.replace(base.size() - 1, 1, QLatin1Char('f'));
    else if (base.endsWith(QLatin1Char('z')))
        base.replace(base.size() - 1, 1, QLatin1Char('s'));
    return base;
}

void VerbLexicon::deriveForms(const Verb &verb, int index, const QStringList &extraForms,
                              QHash<QString, QList<Form>> &into) const
{
    auto add = [&](const QString &word, FormKind kind) {
        QList<Form> &forms = into[word];
        for (const Form &f : forms) {
            if (f.verbIndex == index && f.kind == kind)
                return;
        }
        forms.append({index, kind});
    };
    if (m_language == QLatin1String("nl")) {
        add(verb.infinitive, FormKind::Infinitive);
        const QString base = verb.infinitive.mid(verb.particle.size());
        QString stem = m_stemOverrides.value(verb.infinitive, dutchStem(base));
        const QString third = stem.endsWith(QLatin1Char('t')) ? stem : stem + QLatin1Char('t');
        if (verb.particle.isEmpty()) {
            add(third, FormKind::Finite);
        } else {
            add(verb.particle + third, FormKind::Finite); // "... dat hij een plan opstelt"
            add(third, FormKind::Separated);               // "hij stelt een plan op"
        }
        for (const QString &extra : extraForms)
            add(extra, FormKind::Finite);
    } else {
        add(verb.infinitive, FormKind::EnglishBase);
        add(englishSForm(verb.infinitive), FormKind::Finite);
        for (const QString &extra : extraForms)
            add(extra, extra.endsWith(QLatin1Char('s')) ? FormKind::Finite : FormKind::EnglishBase);
    }
}

QStringList VerbLexicon::verbsAtLevel(BloomLevel level, int count) const
{
    QStringList verbs;
    for (const Verb &verb : m_actionVerbs) {
        if (verb.levels.contains(level) && verbs.size() < count)
            verbs.append(verb.infinitive);
    }
    return verbs;
}

Result<VerbLexicon> VerbLexicon::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<VerbLexicon>::failure(tr("%1: cannot be read (%2)").arg(path, file.errorString()));
    return fromBytes(file.readAll(), path);
}

Result<VerbLexicon> VerbLexicon::fromBytes(const QByteArray &data, const QString &sourceName)
{
    using R = Result<VerbLexicon>;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return R::failure(tr("%1: %2: not valid JSON (%3)")
                              .arg(sourceName, Utf8::describePosition(data, parseError.offset), parseError.errorString()));
    const QJsonObject root = document.object();
    JsonFieldReader r;
    VerbLexicon lexicon;
    lexicon.m_language = r.string(root, QStringLiteral("language"), QString());

    auto readVerbs = [&](const QString &key, QList<Verb> &into, QHash<QString, QList<Form>> &forms) {
        const QJsonArray list = r.array(root, key, QString());
        for (qsizetype i = 0; i < list.size() && !r.failed(); ++i) {
            const QString path = QStringLiteral("%1[%2]").arg(key).arg(i);
            const QJsonObject o = r.element(list, i, key);
            Verb verb;
            verb.infinitive = r.string(o, QStringLiteral("infinitive"), path).toLower();
            if (o.contains(QStringLiteral("particle")))
                verb.particle = r.string(o, QStringLiteral("particle"), path).toLower();
            if (o.contains(QStringLiteral("stem")))
                lexicon.m_stemOverrides.insert(verb.infinitive, r.string(o, QStringLiteral("stem"), path).toLower());
            if (o.contains(QStringLiteral("suggestions")))
                verb.suggestions = r.stringList(o, QStringLiteral("suggestions"), path);
            const QStringList extra = o.contains(QStringLiteral("forms"))
                                          ? r.stringList(o, QStringLiteral("forms"), path)
                                          : QStringList();
            if (o.contains(QStringLiteral("levels"))) {
                const QStringList levels = r.stringList(o, QStringLiteral("levels"), path);
                for (const QString &code : levels) {
                    const std::optional<BloomLevel> level = fromCode<BloomLevel>(code);
                    if (!level && !r.failed())
                        r.fail(path + QLatin1String(".levels"), tr("unknown Bloom level '%1'").arg(code));
                    else if (level)
                        verb.levels.append(*level);
                }
            }
            if (!r.failed() && !verb.particle.isEmpty() && !verb.infinitive.startsWith(verb.particle))
                r.fail(path + QLatin1String(".particle"), tr("the infinitive must start with the particle"));
            if (r.failed())
                return;
            into.append(verb);
            lexicon.deriveForms(verb, int(into.size() - 1), extra, forms);
        }
    };
    readVerbs(QStringLiteral("actionVerbs"), lexicon.m_actionVerbs, lexicon.m_actionForms);
    readVerbs(QStringLiteral("vagueVerbs"), lexicon.m_vagueVerbs, lexicon.m_vagueForms);

    const QJsonArray phrases = r.array(root, QStringLiteral("vaguePhrases"), QString());
    for (qsizetype i = 0; i < phrases.size() && !r.failed(); ++i) {
        const QString path = QStringLiteral("vaguePhrases[%1]").arg(i);
        const QJsonObject o = r.element(phrases, i, QStringLiteral("vaguePhrases"));
        Phrase phrase;
        phrase.forms = wordLists(r.stringList(o, QStringLiteral("forms"), path));
        phrase.suggestions = r.stringList(o, QStringLiteral("suggestions"), path);
        lexicon.m_vaguePhrases.append(phrase);
    }
    lexicon.m_modalVerbs = wordLists(r.stringList(root, QStringLiteral("modalVerbs"), QString()));
    lexicon.m_contextMarkers = wordLists(r.stringList(root, QStringLiteral("contextMarkers"), QString()));
    lexicon.m_functionWords = r.stringList(root, QStringLiteral("functionWords"), QString());
    if (root.contains(QStringLiteral("determiners")))
        lexicon.m_determiners = r.stringList(root, QStringLiteral("determiners"), QString());
    if (!r.failed() && lexicon.m_actionVerbs.isEmpty())
        r.fail(QStringLiteral("actionVerbs"), tr("the lexicon has no action verbs"));
    if (r.failed())
        return R::failure(tr("%1: %2").arg(sourceName, r.error()));
    return R::success(std::move(lexicon));
}

const VerbLexicon &VerbLexicon::builtIn(const QString &language)
{
    static const VerbLexicon dutch = [] {
        Result<VerbLexicon> loaded = fromFile(QStringLiteral(":/mcstudio/verbs/nl.json"));
        Q_ASSERT_X(loaded.ok(), "VerbLexicon", qPrintable(loaded.error()));
        return loaded.ok() ? std::move(loaded).value() : VerbLexicon();
    }();
    static const VerbLexicon english = [] {
        Result<VerbLexicon> loaded = fromFile(QStringLiteral(":/mcstudio/verbs/en.json"));
        Q_ASSERT_X(loaded.ok(), "VerbLexicon", qPrintable(loaded.error()));
        return loaded.ok() ? std::move(loaded).value() : VerbLexicon();
    }();
    return language == QLatin1String("nl") ? dutch : english;
}

} // namespace mcs
