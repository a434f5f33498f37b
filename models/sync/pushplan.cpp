#include "sync/pushplan.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Orion {

int PushPlan::count(PushItem::Action action) const
{
    return int(std::count_if(items.begin(), items.end(), [action](const PushItem &i) { return i.action == action; }));
}

UnifiedCustomers PushPlan::toWrite() const
{
    UnifiedCustomers out;
    for (const PushItem &i : items)
        if (i.action == PushItem::Action::Create || i.action == PushItem::Action::Update)
            out.append(i.record);
    return out;
}

QString PushPlan::actionName(PushItem::Action action)
{
    switch (action) {
    case PushItem::Action::Create: return u"create"_s;
    case PushItem::Action::Update: return u"update"_s;
    case PushItem::Action::Unchanged: return u"unchanged"_s;
    case PushItem::Action::Refused: return u"refused"_s;
    }
    return {};
}

QString PushPlan::actionLabel(PushItem::Action action)
{
    switch (action) {
    case PushItem::Action::Create: return tr("Create");
    case PushItem::Action::Update: return tr("Update");
    case PushItem::Action::Unchanged: return tr("Unchanged");
    case PushItem::Action::Refused: return tr("Refused");
    }
    return {};
}

QString PushPlan::nameOf(const UnifiedCustomer &c)
{
    return c.fullName.isEmpty() ? QString(c.firstName + u' ' + c.lastName).trimmed() : c.fullName;
}

QString PushPlan::describe(const UnifiedCustomer &c)
{
    const QString name = nameOf(c);
    return name.isEmpty() ? c.email : c.email.isEmpty() ? name : u"%1 <%2>"_s.arg(name, c.email);
}

QList<std::pair<QString, QString>> PushPlan::fields(const UnifiedCustomer &c)
{
    return {{u"first_name"_s, c.firstName},
            {u"last_name"_s, c.lastName},
            {u"email"_s, c.email},
            {u"phone"_s, c.phone},
            {u"company"_s, c.company},
            {u"address.line1"_s, c.address.line1},
            {u"address.line2"_s, c.address.line2},
            {u"address.city"_s, c.address.city},
            {u"address.region"_s, c.address.region},
            {u"address.postal_code"_s, c.address.postalCode},
            {u"address.country"_s, c.address.country}};
}

QJsonObject PushPlan::toJson() const
{
    QJsonArray records;
    for (const PushItem &i : items) {
        QJsonObject r{{u"action"_s, actionName(i.action)},
                      {u"external_id"_s, i.record.externalId},
                      {u"email"_s, i.record.email},
                      {u"name"_s, nameOf(i.record)}};
        if (!i.targetId.isEmpty())
            r.insert(u"target_id"_s, i.targetId);
        if (!i.changes.isEmpty()) {
            QJsonObject changes;
            for (const PushChange &c : i.changes)
                changes.insert(c.field, QJsonObject{{u"before"_s, c.before}, {u"after"_s, c.after}});
            r.insert(u"changes"_s, changes);
        }
        if (!i.reason.isEmpty())
            r.insert(u"reason"_s, i.reason);
        records.append(r);
    }
    return QJsonObject{{u"target"_s, target},
                       {u"creates"_s, count(PushItem::Action::Create)},
                       {u"updates"_s, count(PushItem::Action::Update)},
                       {u"unchanged"_s, count(PushItem::Action::Unchanged)},
                       {u"refused"_s, count(PushItem::Action::Refused)},
                       {u"records"_s, records}};
}

QString PushPlan::summary() const
{
    return tr("%1 to create, %2 to update, %3 unchanged, %4 refused")
        .arg(count(PushItem::Action::Create))
        .arg(count(PushItem::Action::Update))
        .arg(count(PushItem::Action::Unchanged))
        .arg(count(PushItem::Action::Refused));
}

} // namespace Orion
