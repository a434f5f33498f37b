#include "sourcepathdialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHash>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Orion {

namespace {

// "BillAddr.City" → {BillAddr, City}; a dot after a backslash belongs to the name.
QStringList pathParts(const QString &path)
{
    QStringList parts;
    QString current;
    for (const QChar c : path) {
        if (c == u'.' && !current.endsWith(u'\\')) {
            parts << current;
            current.clear();
        } else {
            current += c;
        }
    }
    parts << current;
    return parts;
}

} // namespace

SourcePathDialog::SourcePathDialog(const SourceFields &fields, const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this))
{
    setWindowTitle(QCoreApplication::translate("Orion::MappingsPage", "Choose a Source Field"));
    m_tree->setHeaderLabels({QCoreApplication::translate("Orion::MappingsPage", "Field"), QCoreApplication::translate("Orion::MappingsPage", "Type"),
                             QCoreApplication::translate("Orion::MappingsPage", "Sample")});
    m_tree->setAccessibleName(QCoreApplication::translate("Orion::MappingsPage", "Source schema"));
    QHash<QString, QTreeWidgetItem *> nodes;
    for (const SourceField &f : fields) {
        const QStringList parts = pathParts(f.path);
        QTreeWidgetItem *parentItem = nullptr;
        QString prefix;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            prefix += (i ? u"."_s : QString()) + parts.at(i);
            QTreeWidgetItem *&node = nodes[prefix];
            if (!node) {
                node = parentItem ? new QTreeWidgetItem(parentItem, {parts.at(i)}) : new QTreeWidgetItem(m_tree, {parts.at(i)});
                node->setExpanded(true);
            }
            parentItem = node;
        }
        parentItem->setText(1, f.type);
        parentItem->setText(2, f.samples.value(0).left(40));
        parentItem->setData(0, Qt::UserRole, f.path);
    }
    m_tree->resizeColumnToContents(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SourcePathDialog::pick);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree, &QTreeWidget::itemActivated, this, &SourcePathDialog::pick);
    if (QTreeWidgetItem *item = nodes.value(current))
        m_tree->setCurrentItem(item); // start on the current path
    resize(560, 420);
}

void SourcePathDialog::pick()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (item && !item->data(0, Qt::UserRole).toString().isEmpty()) {
        m_picked = item->data(0, Qt::UserRole).toString();
        accept();
    }
}

} // namespace Orion
