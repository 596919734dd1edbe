#include "widgets/analysis/calibrationdialog.h"

#include "models/analysis/backgroundrun.h"
#include "models/domain/projectdocument.h"
#include "models/edit/calibrationedits.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>

namespace cc::analysisui {

using analysis::CalibrationIndicator;
using analysis::kCalibrationIndicatorCount;

namespace {

enum Column { IndicatorColumn, StatedColumn, ModelledColumn, GapColumn, ResultColumn, Columns };

QString percent(double share, const QLocale &locale)
{
    return locale.toString(100.0 * share, 'f', 2) + QLatin1Char('%');
}

// Figures to compare with, from public reports (issue 14): what counties aim at.
QString hintFor(CalibrationIndicator i)
{
    switch (i) {
    case CalibrationIndicator::InCountyRate:
        return CalibrationDialog::tr("National target for tight alliances: 90%.");
    case CalibrationIndicator::InCountyInpatientShare:
        return CalibrationDialog::tr("Pilot counties reached about 78% in 2020.");
    case CalibrationIndicator::GrassrootsShare:
        return CalibrationDialog::tr("Guidance aims at 55-65%.");
    case CalibrationIndicator::ClaimsToRevenue:
        return CalibrationDialog::tr("Optional: the fund's spending on residents' care over its "
                                     "revenue in the first year.");
    }
    return {};
}

// Sentences follow each other with a space, but not after a Chinese full stop.
void addSentence(QString &text, const QString &sentence)
{
    if (!text.isEmpty() && !text.endsWith(QChar(0x3002)))
        text += QLatin1Char(' ');
    text += sentence;
}

QString objectNameFor(CalibrationIndicator i)
{
    static const char *names[kCalibrationIndicatorCount] = {
        "targetInCountyRate", "targetInCountyInpatientShare", "targetGrassrootsShare",
        "targetClaimsToRevenue"};
    return QLatin1String(names[static_cast<int>(i)]);
}

} // namespace

CalibrationDialog::CalibrationDialog(ProjectDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document), m_intro(new QLabel(this)),
      m_inputError(new QLabel(this)), m_summary(new QLabel(this)), m_problems(new QLabel(this)),
      m_calibrate(new QPushButton(tr("&Calibrate"), this)),
      m_cancel(new QPushButton(tr("Cancel &run"), this)),
      m_apply(new QPushButton(tr("&Apply"), this)), m_progress(new QProgressBar(this)),
      m_showProgress(new QTimer(this)), m_table(new QTableWidget(this)),
      m_runner(new analysis::BackgroundRun(this))
{
    setObjectName(QStringLiteral("calibrationDialog"));
    setWindowTitle(tr("Calibration"));
    m_intro->setWordWrap(true);
    m_intro->setObjectName(QStringLiteral("calibrationIntro"));

    auto *form = new QGridLayout;
    form->setColumnStretch(3, 1);
    for (int i = 0; i < kCalibrationIndicatorCount; ++i) {
        const auto indicator = CalibrationIndicator(i);
        auto *edit = new QLineEdit(this);
        edit->setObjectName(objectNameFor(indicator));
        edit->setPlaceholderText(tr("not stated"));
        edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("0000.000")) +
                              24);
        edit->setAlignment(Qt::AlignRight);
        edit->setAccessibleName(analysis::calibrationIndicatorLabel(indicator));
        edit->setToolTip(tr("In percent, e.g. 85 for 85%. Empty: the county does not state it "
                            "and it is not fitted."));
        m_edits[static_cast<std::size_t>(i)] = edit;
        auto *label = new QLabel(analysis::calibrationIndicatorLabel(indicator) + tr(":"), this);
        label->setBuddy(edit);
        auto *hint = new QLabel(hintFor(indicator), this);
        hint->setWordWrap(true);
        hint->setForegroundRole(QPalette::PlaceholderText);
        form->addWidget(label, i, 0);
        form->addWidget(edit, i, 1);
        form->addWidget(new QLabel(QStringLiteral("%"), this), i, 2);
        form->addWidget(hint, i, 3);
        connect(edit, &QLineEdit::textChanged, this, &CalibrationDialog::validateInputs);
    }
    m_inputError->setObjectName(QStringLiteral("calibrationInputError"));
    m_inputError->setWordWrap(true);
    m_inputError->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_inputError->hide();

    m_calibrate->setDefault(true);
    m_calibrate->setToolTip(tr("Fit the choice constants of every service line (and, where the "
                               "claims ratio is stated, the effective reimbursement scale) to "
                               "these figures. The project is not changed until you apply."));
    m_cancel->setEnabled(false);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_calibrate);
    controls->addWidget(m_cancel);
    controls->addWidget(m_progress, 1);
    controls->addStretch(); // the buttons keep their size while the bar is hidden
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_showProgress->setSingleShot(true);
    m_showProgress->setInterval(300); // only runs that take more than a moment show it
    connect(m_showProgress, &QTimer::timeout, m_progress, &QWidget::show);

    m_table->setObjectName(QStringLiteral("calibrationTable"));
    m_table->setColumnCount(Columns);
    m_table->setRowCount(kCalibrationIndicatorCount);
    m_table->setHorizontalHeaderLabels({tr("Indicator"), tr("Stated"),
                                        tr("Modelled, first-year average"), tr("Gap (points)"),
                                        tr("Result")});
    m_table->horizontalHeader()->setSectionResizeMode(IndicatorColumn, QHeaderView::Stretch);
    for (int c = StatedColumn; c < Columns; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setToolTip(tr("The gap is modelled minus stated, in percentage points; a figure is "
                           "met when the gap is under 0.05 points."));
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_summary->setObjectName(QStringLiteral("calibrationSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setObjectName(QStringLiteral("calibrationProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::RichText);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_apply, QDialogButtonBox::ApplyRole);
    m_apply->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_inputError);
    layout->addLayout(controls);
    layout->addWidget(m_table);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_calibrate, &QPushButton::clicked, this, &CalibrationDialog::calibrate);
    connect(m_cancel, &QPushButton::clicked, m_runner, &analysis::BackgroundRun::cancel);
    connect(m_apply, &QPushButton::clicked, this, &CalibrationDialog::apply);
    connect(m_runner, &analysis::BackgroundRun::progress, this, [this](int done, int) {
        if (m_runner->isRunning() && done > 0)
            m_summary->setText(tr("Calibrating: round %1...").arg(done));
    });
    connect(m_runner, &analysis::BackgroundRun::finished, this, &CalibrationDialog::finished);
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this,
            &CalibrationDialog::projectChanged);
    connect(m_document, &ProjectDocument::projectReset, this, [this] {
        projectChanged();
        m_runner->cancel();
        if (!m_runner->isRunning())
            loadTargets();
    });

    loadTargets();
    // Wide enough for the table, tall enough for a few problems below it.
    resize(std::max(780, sizeHint().width()), sizeHint().height() + 80);
}

CalibrationDialog::~CalibrationDialog() = default;

void CalibrationDialog::loadTargets()
{
    const Project &project = m_document->project();
    const auto targets = analysis::CalibrationTargets::fromSettings(project.settings);
    for (int i = 0; i < kCalibrationIndicatorCount; ++i)
        m_edits[static_cast<std::size_t>(i)]->setText(
            analysis::formatTargetPercent(targets.share[static_cast<std::size_t>(i)], locale()));
    m_intro->setText(tr("Type the county's own figures for its first year. Calibration fits how "
                        "strongly residents lean towards each level of care (the choice "
                        "constants of every service line) until the baseline scenario's "
                        "first-year averages match them; where the fund's claims ratio is "
                        "stated it also fits how much of each bill the fund pays. Leave a field "
                        "empty when the county does not state it."));
    m_fit = analysis::CalibrationFit{};
    m_stale = m_applied = false;
    m_problems->hide();
    m_summary->setText(tr("Press Calibrate to fit the model to these figures. The project is not "
                          "changed until you apply the result."));
    validateInputs();
    showStatedOnly();
}

bool CalibrationDialog::readTargets(analysis::CalibrationTargets *targets)
{
    QStringList errors;
    for (int i = 0; i < kCalibrationIndicatorCount; ++i) {
        QLineEdit *edit = m_edits[static_cast<std::size_t>(i)];
        const analysis::TargetEntry entry =
            analysis::parseTargetPercent(CalibrationIndicator(i), edit->text(), locale());
        edit->setStyleSheet(entry.ok ? QString()
                                     : QStringLiteral("QLineEdit { border: 1px solid #b03a2e; }"));
        if (!entry.ok)
            errors << entry.error;
        else if (targets)
            targets->share[static_cast<std::size_t>(i)] = entry.share;
    }
    m_inputError->setText(errors.join(QLatin1Char('\n')));
    m_inputError->setVisible(!errors.isEmpty());
    return errors.isEmpty();
}

void CalibrationDialog::validateInputs()
{
    const bool ok = readTargets(nullptr);
    m_calibrate->setEnabled(ok && !m_runner->isRunning());
    if (!m_fit.completed)
        showStatedOnly();
    updateApply();
}

void CalibrationDialog::showStatedOnly()
{
    analysis::CalibrationTargets targets;
    const bool ok = readTargets(&targets);
    for (int i = 0; i < kCalibrationIndicatorCount; ++i) {
        const double target = targets.share[static_cast<std::size_t>(i)];
        const QStringList cells = {analysis::calibrationIndicatorLabel(CalibrationIndicator(i)),
                                   ok && target > 0 ? percent(target, locale()) : tr("not stated"),
                                   QStringLiteral("\u2013"), QStringLiteral("\u2013"), QString()};
        for (int c = 0; c < Columns; ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    fitTable();
}

void CalibrationDialog::fitTable()
{
    // Four rows, all shown: the table is as tall as they are.
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int r = 0; r < m_table->rowCount(); ++r)
        height += m_table->rowHeight(r);
    m_table->setFixedHeight(height);
}

void CalibrationDialog::calibrate()
{
    if (m_runner->isRunning())
        return;
    analysis::CalibrationTargets targets;
    if (!readTargets(&targets))
        return;
    auto project = std::make_shared<const Project>(m_document->project());
    auto pending = std::make_shared<analysis::CalibrationFit>();
    m_pending = pending;
    m_runGeneration = m_generation;
    setRunning(true);
    m_problems->hide();
    m_summary->setText(tr("Calibrating..."));
    m_runner->start([project, targets, pending](analysis::RunControl &control) {
        *pending = analysis::calibrateCopy(*project, targets, &control);
    });
}

void CalibrationDialog::setRunning(bool running)
{
    m_calibrate->setEnabled(!running && readTargets(nullptr));
    m_cancel->setEnabled(running);
    for (QLineEdit *edit : m_edits)
        edit->setReadOnly(running);
    if (running) {
        m_showProgress->start();
    } else {
        m_showProgress->stop();
        m_progress->hide();
    }
    updateApply();
}

void CalibrationDialog::finished(bool)
{
    setRunning(false);
    if (!m_pending || !m_pending->completed) {
        m_pending.reset();
        if (m_fit.completed)
            showFit(); // the previous run, still valid or marked stale
        m_summary->setText(m_fit.completed ? tr("Canceled: nothing was changed. The table shows "
                                                "the previous run.")
                                           : tr("Canceled: nothing was changed."));
        return;
    }
    m_fit = *m_pending;
    m_pending.reset();
    m_stale = m_generation != m_runGeneration;
    m_applied = false;
    showFit();
    updateApply();
}

void CalibrationDialog::showFit()
{
    const QLocale loc = locale();
    const sim::CalibrationReport &report = m_fit.report;
    for (int i = 0; i < kCalibrationIndicatorCount; ++i) {
        if (i >= static_cast<int>(report.indicators.size()))
            break;
        const auto indicator = CalibrationIndicator(i);
        const sim::CalibrationIndicator &x = report.indicators[static_cast<std::size_t>(i)];
        const bool missed = m_fit.misses(indicator);
        QString gap = QStringLiteral("\u2013");
        if (x.stated) {
            // Points to two decimals; a gap that rounds to zero has no sign.
            const double points = std::round(100.0 * x.gap() * 100.0) / 100.0;
            gap = points == 0 ? loc.toString(0.0, 'f', 2)
                              : (points > 0 ? QStringLiteral("+") : QString()) +
                                    loc.toString(points, 'f', 2);
        }
        const QStringList cells = {analysis::calibrationIndicatorLabel(indicator),
                                   x.stated ? percent(x.target, loc) : tr("not stated"),
                                   percent(x.modelled, loc), gap,
                                   !x.stated ? tr("not fitted")
                                   : missed  ? tr("not met")
                                             : tr("met")};
        for (int c = 0; c < Columns; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c != IndicatorColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == ResultColumn && x.stated)
                item->setForeground(missed ? QColor(0xb0, 0x3a, 0x2e) : QColor(0x1e, 0x84, 0x49));
            m_table->setItem(i, c, item);
        }
    }

    fitTable();

    const QString tolerance = loc.toString(100.0 * m_fit.tolerance, 'f', 2);
    QString text =
        report.converged && report.iterations == 0
            ? tr("The model already meets every stated figure within %1 points: nothing needed "
                 "fitting.")
                  .arg(tolerance)
        : report.converged
            ? tr("Calibrated in %n round(s): every stated figure is met within %1 points.", nullptr,
                 report.iterations)
                  .arg(tolerance)
            : tr("Not every stated figure can be met (%n round(s)). Apply stores the nearest "
                 "fit.",
                 nullptr, report.iterations);
    if (m_fit.targets[CalibrationIndicator::ClaimsToRevenue] > 0)
        addSentence(text,
                    tr("The fund pays %1 of what its reimbursement rules say (effective "
                       "reimbursement scale).")
                        .arg(loc.toString(100.0 * report.claimsScale, 'f', 1) + QLatin1Char('%')));
    if (m_stale)
        addSentence(text, tr("The project changed after this run: calibrate again "
                             "before applying."));
    else if (m_applied)
        addSentence(text, tr("Applied to the project as one step (Edit > Undo takes it back)."));
    else
        addSentence(text, tr("Apply stores the figures, the fitted constants of every "
                             "service line and the claims scale in the project."));
    m_summary->setText(text);

    const QStringList problems = m_fit.problems();
    if (problems.isEmpty()) {
        m_problems->hide();
    } else {
        QString html = QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("What could not be met:"));
        for (const QString &p : problems)
            html += QStringLiteral("<li>%1</li>").arg(p.toHtmlEscaped());
        html += QStringLiteral("</ul>");
        m_problems->setText(html);
        m_problems->show();
    }
}

void CalibrationDialog::apply()
{
    if (!m_fit.completed || m_stale || m_applied || m_runner->isRunning())
        return;
    m_applying = true;
    const edit::EditResult result = edit::applyCalibration(*m_document, m_fit);
    m_applying = false;
    if (!result) {
        m_summary->setText(result.error);
        return;
    }
    m_applied = true;
    showFit();
    updateApply();
}

void CalibrationDialog::projectChanged()
{
    ++m_generation;
    if (m_applying || !m_fit.completed || m_stale)
        return;
    m_stale = true;
    showFit();
    updateApply();
}

void CalibrationDialog::updateApply()
{
    analysis::CalibrationTargets typed;
    bool ok = true;
    for (int i = 0; i < kCalibrationIndicatorCount && ok; ++i) {
        const analysis::TargetEntry entry = analysis::parseTargetPercent(
            CalibrationIndicator(i), m_edits[static_cast<std::size_t>(i)]->text(), locale());
        ok = entry.ok;
        typed.share[static_cast<std::size_t>(i)] = entry.share;
    }
    const bool sameFigures = ok && typed == m_fit.targets;
    const bool can = m_fit.completed && !m_stale && !m_applied && !m_runner->isRunning() &&
                     sameFigures && !m_document->isReadOnly();
    m_apply->setEnabled(can);
    m_apply->setText(!m_fit.completed || m_fit.report.converged ? tr("&Apply")
                                                                : tr("&Apply Nearest Fit"));
    m_apply->setToolTip(
        m_document->isReadOnly() ? tr("The project is open read-only.")
        : m_applied              ? tr("Already applied.")
        : m_fit.completed && (m_stale || !sameFigures)
            ? tr("The project or the figures changed after this run: calibrate again.")
            : tr("Store the figures, the fitted constants and the claims scale in the project "
                 "as one undo step."));
}

} // namespace cc::analysisui
