#pragma once

// Walks a widget tree and collects every user-visible text (window and dock
// titles, menu titles, action texts and tips, labels, buttons, group boxes,
// tab texts, tooltips, What's This, chart titles, axis labels and legend
// entries, table column headings, combo box choices), keyed by the object's
// path, for comparing one language with another.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QRegularExpression>
#include <QTabBar>
#include <QTextDocumentFragment>
#include <QWidget>
#include <qcustomplot.h>

namespace langwalk {

inline QString pathOf(const QObject *o, const QObject *root)
{
    QStringList parts;
    for (; o && o != root; o = o->parent()) {
        const QObject *p = o->parent();
        int index = 0;
        if (p)
            for (const QObject *c : p->children()) {
                if (c == o)
                    break;
                if (c->metaObject() == o->metaObject() && c->objectName() == o->objectName())
                    ++index;
            }
        parts.prepend(QStringLiteral("%1:%2[%3]")
                          .arg(QLatin1String(o->metaObject()->className()), o->objectName())
                          .arg(index));
    }
    return parts.join(QLatin1Char('/'));
}

inline QString plain(const QString &text)
{
    if (text.contains(QLatin1Char('<')))
        return QTextDocumentFragment::fromHtml(text).toPlainText();
    return text;
}

using Texts = QMap<QString, QString>;

inline void put(Texts &texts, const QString &key, const QString &text)
{
    if (!text.trimmed().isEmpty())
        texts.insert(key, plain(text));
}

inline Texts collect(QWidget *root)
{
    Texts t;
    QList<QObject *> objects{root};
    for (QObject *o : root->findChildren<QObject *>())
        objects.append(o);
    for (QObject *o : objects) {
        const QString path = pathOf(o, root->parent());
        if (auto *a = qobject_cast<QAction *>(o)) {
            if (a->isSeparator())
                continue;
            put(t, path + QStringLiteral("#text"), a->text());
            put(t, path + QStringLiteral("#statusTip"), a->statusTip());
            put(t, path + QStringLiteral("#whatsThis"), a->whatsThis());
            continue;
        }
        if (auto *plot = qobject_cast<QCustomPlot *>(o)) {
            for (QCPAxis *axis : {plot->xAxis, plot->yAxis, plot->yAxis2})
                if (axis)
                    put(t, path + QStringLiteral("#axis%1").arg(int(axis->axisType())),
                        axis->label());
            for (int i = 0; i < plot->plotLayout()->elementCount(); ++i)
                if (auto *e = qobject_cast<QCPTextElement *>(plot->plotLayout()->elementAt(i)))
                    put(t, path + QStringLiteral("#title%1").arg(i), e->text());
            for (int i = 0; i < plot->plottableCount(); ++i)
                put(t, path + QStringLiteral("#series%1").arg(i), plot->plottable(i)->name());
        }
        auto *w = qobject_cast<QWidget *>(o);
        if (!w)
            continue;
        if (w->isWindow() || w->inherits("QDockWidget"))
            put(t, path + QStringLiteral("#windowTitle"), w->windowTitle());
        put(t, path + QStringLiteral("#toolTip"), w->toolTip());
        put(t, path + QStringLiteral("#whatsThis"), w->whatsThis());
        if (auto *m = qobject_cast<QMenu *>(w))
            put(t, path + QStringLiteral("#title"), m->title());
        if (auto *l = qobject_cast<QLabel *>(w))
            put(t, path + QStringLiteral("#text"), l->text());
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            put(t, path + QStringLiteral("#text"), b->text());
        if (auto *g = qobject_cast<QGroupBox *>(w))
            put(t, path + QStringLiteral("#title"), g->title());
        if (auto *bar = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < bar->count(); ++i)
                put(t, path + QStringLiteral("#tab%1").arg(i), bar->tabText(i));
        if (auto *combo = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < combo->count(); ++i)
                put(t, path + QStringLiteral("#item%1").arg(i), combo->itemText(i));
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model())
            for (int c = 0; c < view->model()->columnCount(); ++c)
                put(t, path + QStringLiteral("#column%1").arg(c),
                    view->model()->headerData(c, Qt::Horizontal).toString());
    }
    return t;
}

// What remains of a text once the allowed words are taken out: the project's
// own names (data), proper names, abbreviations and units that stay as they are
// in Chinese, numbers and punctuation. Latin words left over are English.
inline QString residue(QString text, const QStringList &allowed)
{
    text.remove(QLatin1Char('&'));
    for (const QString &a : allowed)
        if (!a.isEmpty())
            text.remove(a, Qt::CaseSensitive);
    static const QRegularExpression words(QStringLiteral("[A-Za-z]{2,}"));
    QStringList left;
    for (auto it = words.globalMatch(text); it.hasNext();)
        left.append(it.next().captured());
    return left.join(QLatin1Char(' '));
}

// Texts that stayed as they were in English although they hold English words.
inline QStringList untranslated(const Texts &english, const Texts &translated,
                                const QStringList &allowed)
{
    QStringList bad;
    for (auto it = translated.cbegin(); it != translated.cend(); ++it) {
        const auto en = english.constFind(it.key());
        if (en == english.cend() || en.value() != it.value())
            continue;
        if (!residue(it.value(), allowed).isEmpty())
            bad.append(QStringLiteral("%1 = \"%2\"").arg(it.key(), it.value()));
    }
    return bad;
}

// Proper names and symbols that stay the same in every language.
inline QStringList properNames()
{
    return {QStringLiteral("CountyCare Planner"),
            QStringLiteral("CountyCare"),
            QStringLiteral("English"),
            QStringLiteral("DRG"),
            QStringLiteral("WISN"),
            QStringLiteral("FTE"),
            QStringLiteral("PDF"),
            QStringLiteral("CSV"),
            QStringLiteral("PNG"),
            QStringLiteral("SVG"),
            QStringLiteral("GeoJSON"),
            QStringLiteral("ccplan"),
            QStringLiteral("Ctrl"),
            QStringLiteral("Shift"),
            QStringLiteral("Esc"),
            QStringLiteral("F11"),
            QStringLiteral("km"),
            QStringLiteral("Qt")};
}

} // namespace langwalk
