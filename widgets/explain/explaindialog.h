#pragma once

#include "models/explain/explain.h"

#include <QDialog>

class QTextBrowser;

namespace cc {

// "Explain this number": the formula in words, the inputs with their values
// and the payment parameters that differ from the reference scenario.
class ExplainDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExplainDialog(const explain::Derivation &derivation, QWidget *parent = nullptr);

    const explain::Derivation &derivation() const { return m_derivation; }
    // The dialog's text as HTML (public for tests and the copy button).
    static QString toHtml(const explain::Derivation &derivation, const QString &scopeName);
    QString html() const;

private:
    explain::Derivation m_derivation;
    QTextBrowser *m_text;
};

} // namespace cc
