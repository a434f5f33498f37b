#include "connections/connectionlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Orion;

namespace {
ConnectionSummary make(qint64 id, const QString &name, HealthStatus health = HealthStatus::Healthy)
{
    ConnectionSummary c;
    c.id = id;
    c.name = name;
    c.connectorId = u"stripe"_s;
    c.health = health;
    return c;
}
} // namespace

class TstConnectionListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dataAndRoles()
    {
        ConnectionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ConnectionSummary c = make(7, u"Billing"_s, HealthStatus::Degraded);
        c.connectorId = u"quickbooks"_s;
        c.lastSyncAt = QDateTime(QDate(2026, 11, 1), QTime(8, 30), QTimeZone::UTC);
        c.lastSyncStatus = u"failed"_s;
        c.consecutiveFailures = 2;
        c.isDemo = true;
        model.setConnections({c});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(ConnectionListModel::ColumnCount));
        QCOMPARE(model.index(0, ConnectionListModel::NameColumn).data().toString(), u"Billing"_s);
        QCOMPARE(model.index(0, ConnectionListModel::ConnectorColumn).data().toString(), u"QuickBooks Online"_s);
        QCOMPARE(model.index(0, 0).data(ConnectionListModel::HealthRole).toInt(), int(HealthStatus::Degraded));
        QCOMPARE(model.index(0, 0).data(ConnectionListModel::IdRole).toLongLong(), 7);
        QCOMPARE(model.index(0, 0).data(ConnectionListModel::LastSyncAtRole).toDateTime(), c.lastSyncAt);
        QCOMPARE(model.index(0, 0).data(ConnectionListModel::LastSyncStatusRole).toString(), u"failed"_s);
        QCOMPARE(model.index(0, 0).data(ConnectionListModel::ConsecutiveFailuresRole).toInt(), 2);
        QVERIFY(model.index(0, 0).data(ConnectionListModel::IsDemoRole).toBool());
        QCOMPARE(model.headerData(ConnectionListModel::HealthColumn, Qt::Horizontal).toString(), u"Health"_s);
        QCOMPARE(ConnectionListModel::connectorDisplayName(u"custom:acme-erp"_s), u"acme-erp"_s);
    }

    void refreshKeepsRowsAndEmitsMinimalChanges()
    {
        ConnectionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConnections({make(1, u"A"_s), make(2, u"B"_s), make(3, u"C"_s), make(4, u"D"_s)});
        const QPersistentModelIndex c(model.index(2, 0));

        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        // B removed, C's health changed, E added at the end.
        model.setConnections({make(1, u"A"_s), make(3, u"C"_s, HealthStatus::Failed), make(4, u"D"_s), make(5, u"E"_s)});
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(reset.count(), 0);
        QVERIFY(c.isValid());
        QCOMPARE(c.row(), 1);
        QCOMPARE(c.data().toString(), u"C"_s);
        QCOMPARE(c.data(ConnectionListModel::HealthRole).toInt(), int(HealthStatus::Failed));
        QCOMPARE(model.rowOfId(5), 3);
        QCOMPARE(model.rowOfId(2), -1);

        // Inserted in the middle.
        model.setConnections({make(1, u"A"_s), make(9, u"Ba"_s), make(3, u"C"_s, HealthStatus::Failed), make(4, u"D"_s), make(5, u"E"_s)});
        QCOMPARE(model.rowOfId(9), 1);
        QCOMPARE(c.row(), 2);

        // Reordered: a reset.
        model.setConnections({make(5, u"E"_s), make(1, u"A"_s)});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), u"E"_s);

        model.setConnections({});
        QCOMPARE(model.rowCount(), 0);
    }

    void sortRole()
    {
        ConnectionListModel model;
        ConnectionSummary never = make(1, u"zeta"_s);
        ConnectionSummary recent = make(2, u"Alpha"_s);
        recent.lastSyncAt = QDateTime::currentDateTimeUtc();
        model.setConnections({never, recent});
        QVERIFY(model.index(0, ConnectionListModel::LastSyncColumn).data(ConnectionListModel::SortRole).toLongLong()
                < model.index(1, ConnectionListModel::LastSyncColumn).data(ConnectionListModel::SortRole).toLongLong());
        QCOMPARE(model.index(1, ConnectionListModel::NameColumn).data(ConnectionListModel::SortRole).toString(), u"alpha"_s);
    }
};

QTEST_GUILESS_MAIN(TstConnectionListModel)
#include "tst_connectionlistmodel.moc"
