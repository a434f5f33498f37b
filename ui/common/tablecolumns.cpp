#include "common/tablecolumns.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace Orion::TableColumns {

namespace {

constexpr const char *kKey = "orionColumnsKey";
constexpr const char *kFitting = "orionColumnsFitting";
constexpr const char *kUserSized = "orionColumnsUserSized";

constexpr const char *kPressed = "orionColumnsPressed";

// Notes on the header whether a mouse button is down on it.
class PressWatcher : public QObject
{
public:
    explicit PressWatcher(QHeaderView *header)
        : QObject(header)
        , m_header(header)
    {
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::MouseButtonPress)
            m_header->setProperty(kPressed, true);
        else if (event->type() == QEvent::MouseButtonRelease)
            m_header->setProperty(kPressed, false);
        return QObject::eventFilter(watched, event);
    }

private:
    QHeaderView *m_header;
};

void save(const QHeaderView *header)
{
    const QString key = header->property(kKey).toString();
    if (!key.isEmpty())
        QSettings().setValue(u"columns/"_s + key, header->saveState());
}

void showMenu(QHeaderView *header, const QPoint &at)
{
    QAbstractItemModel *model = header->model();
    if (!model)
        return;
    QMenu menu(header);
    int visible = 0;
    for (int section = 0; section < header->count(); ++section)
        visible += !header->isSectionHidden(section);
    for (int section = 0; section < header->count(); ++section) {
        QAction *action = menu.addAction(model->headerData(section, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(section));
        action->setEnabled(header->isSectionHidden(section) || visible > 1); // the last one stays
        QObject::connect(action, &QAction::toggled, header, [header, section](bool on) {
            header->setSectionHidden(section, !on);
            if (on && header->sectionSize(section) < header->minimumSectionSize() * 2)
                header->resizeSection(section, header->defaultSectionSize());
            save(header);
        });
    }
    menu.exec(header->mapToGlobal(at));
}

} // namespace

void makeAdjustable(QTableView *view, const QString &settingsKey)
{
    QHeaderView *header = view->horizontalHeader();
    header->setProperty(kKey, settingsKey);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    const QByteArray state = QSettings().value(u"columns/"_s + settingsKey).toByteArray();
    if (!state.isEmpty() && header->restoreState(state))
        header->setProperty(kUserSized, true);
    QObject::connect(header, &QHeaderView::customContextMenuRequested, header, [header](const QPoint &at) { showMenu(header, at); });
    // A width the user dragged (the header's own stretching and fitToContents do not count).
    header->viewport()->installEventFilter(new PressWatcher(header));
    QObject::connect(header, &QHeaderView::sectionResized, header, [header] {
        if (header->property(kPressed).toBool() && !header->property(kFitting).toBool()) {
            header->setProperty(kUserSized, true);
            save(header);
        }
    });
    QObject::connect(header, &QHeaderView::sectionMoved, header, [header] { save(header); });
}

void fitToContents(QTableView *view, int maxWidth)
{
    QHeaderView *header = view->horizontalHeader();
    if (header->property(kUserSized).toBool())
        return;
    header->setProperty(kFitting, true);
    const int last = header->logicalIndex(header->count() - 1);
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column) || (column == last && header->stretchLastSection()))
            continue;
        const int wanted
            = std::min(maxWidth, std::max(static_cast<const QAbstractItemView *>(view)->sizeHintForColumn(column), header->sectionSizeHint(column)));
        if (wanted > header->sectionSize(column))
            header->resizeSection(column, wanted);
    }
    header->setProperty(kFitting, false);
}

} // namespace Orion::TableColumns
