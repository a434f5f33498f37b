#include "store/sqlscript.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TstSqlScript : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void split_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("two statements") << u"CREATE TABLE a (x int);\nINSERT INTO a VALUES (1);"_s
                                        << QStringList{u"CREATE TABLE a (x int)"_s, u"INSERT INTO a VALUES (1)"_s};
        QTest::newRow("no trailing semicolon") << u"SELECT 1"_s << QStringList{u"SELECT 1"_s};
        QTest::newRow("semicolon in string") << u"INSERT INTO a VALUES ('x;y', 'it''s;');SELECT 2;"_s
                                             << QStringList{u"INSERT INTO a VALUES ('x;y', 'it''s;')"_s, u"SELECT 2"_s};
        QTest::newRow("semicolon in identifier") << uR"(SELECT 1 AS "a;b"; SELECT 2)"_s << QStringList{uR"(SELECT 1 AS "a;b")"_s, u"SELECT 2"_s};
        QTest::newRow("comments only dropped") << u"-- just a comment;\n/* block; */\n"_s << QStringList{};
        QTest::newRow("comment with semicolon") << u"SELECT 1 -- one; two\n;SELECT 2"_s << QStringList{u"SELECT 1 -- one; two"_s, u"SELECT 2"_s};
        QTest::newRow("dollar quoted function") << u"CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;\nSELECT f();"_s
                                                << QStringList{u"CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$"_s,
                                                               u"SELECT f()"_s};
        QTest::newRow("tagged dollar quote") << u"DO $body$ BEGIN PERFORM 1; END $body$; SELECT 3"_s
                                             << QStringList{u"DO $body$ BEGIN PERFORM 1; END $body$"_s, u"SELECT 3"_s};
        QTest::newRow("positional parameter is not a quote") << u"SELECT $1; SELECT 2"_s << QStringList{u"SELECT $1"_s, u"SELECT 2"_s};
        QTest::newRow("sqlite trigger with case") << u"CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET y = CASE WHEN 1 THEN 2 ELSE 3 END; "
                                                     "DELETE FROM c; END;\nSELECT 4;"_s
                                                  << QStringList{
                                                         u"CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET y = CASE WHEN 1 THEN 2 ELSE 3 END; "
                                                         "DELETE FROM c; END"_s,
                                                         u"SELECT 4"_s};
        QTest::newRow("begin transaction is not a block") << u"BEGIN; SELECT 1; COMMIT;"_s << QStringList{u"BEGIN"_s, u"SELECT 1"_s, u"COMMIT"_s};
        QTest::newRow("identifier containing end") << u"CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE backend SET "
                                                      "ended = 1; END; SELECT 5"_s
                                                   << QStringList{u"CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE "
                                                                  "backend SET ended = 1; END"_s,
                                                                  u"SELECT 5"_s};
    }

    void split()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, expected);
        QCOMPARE(Orion::SqlScript::split(script), expected);
    }
};

QTEST_GUILESS_MAIN(TstSqlScript)
#include "tst_sqlscript.moc"
