#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace cc {

class MainWindow;
class ProjectDocument;

// The interface language: "zh_CN" (简体中文) or "en". Chosen at start from the
// saved setting "language", else the system locale (Chinese for zh_*), and
// switched at run time from View > Language.
namespace language {
QStringList available();
// Native name for a menu ("简体中文", "English"); never translated.
QString nativeName(const QString &language);
// The saved choice, else Chinese for a zh_* system locale, else English.
QString chosen();
// The language installed by apply() ("" before the first call).
QString current();
// Installs the translators of `language` (the application's from
// :/i18n/countycare_<language>.qm and Qt's own), replacing those of the previous
// language, and makes QLocale's default follow (Chinese number formats and 万/亿
// money in the charts). Returns false for an unknown language.
bool apply(const QString &language);
// apply(), remembers the choice (QSettings "language") and announces it.
bool switchTo(const QString &language);
} // namespace language

// Emits languageChanged() after language::switchTo().
class LanguageNotifier : public QObject {
    Q_OBJECT
public:
    static LanguageNotifier *instance();
signals:
    void languageChanged(const QString &language);
};

// Adds View > Language with one checkable action per language.
void installLanguageMenu(MainWindow *window);

// Owns the main window of a document. On a language switch it rebuilds the
// window, so that every widget, including those added by features, is created
// again with the new translators: the document (its undo stack, file and lock)
// stays, as do the window geometry, the dock layout and the shown scenario.
class WindowHost : public QObject {
    Q_OBJECT
public:
    explicit WindowHost(ProjectDocument *document, QObject *parent = nullptr);
    ~WindowHost() override;

    MainWindow *window() const { return m_window; }
    // Replaces the window by a new one (see the class comment); the old one is
    // deleted later, so this is safe from one of its own slots.
    MainWindow *rebuild();

signals:
    void windowRebuilt(cc::MainWindow *window);

private:
    ProjectDocument *m_document;
    QPointer<MainWindow> m_window;
};

} // namespace cc
