#include "demo/demodice.h"

#include <QTest>

#include <array>
#include <set>

// The demo's random choices: the same seed gives the same numbers on every standard library,
// every choice stays in its range, and chances and weights show in the frequencies.
class TestDemoDice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitMix64IsTheReferenceStream()
    {
        // The published first outputs of SplitMix64 from state 0.
        SplitMix64 stream{0};
        QCOMPARE(stream(), 0xe220a8397b1dcdafULL);
        QCOMPARE(stream(), 0x6e789e6aa1b965f4ULL);
        QCOMPARE(stream(), 0x06c45d188009454fULL);
    }

    void sameSeedSameChoices()
    {
        DemoMainDice a(std::mt19937_64(7));
        DemoMainDice b(std::mt19937_64(7));
        DemoMainDice other(std::mt19937_64(8));
        int differ = 0;
        for (int i = 0; i < 1000; ++i) {
            const qint64 x = a.between(-50, 50);
            QCOMPARE(b.between(-50, 50), x);
            differ += other.between(-50, 50) != x;
        }
        QVERIFY(differ > 900);
        DemoSlotDice c(SplitMix64{42});
        DemoSlotDice d(SplitMix64{42});
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(c.real(1.0, 2.0), d.real(1.0, 2.0));
    }

    void choicesStayInTheirRange()
    {
        DemoSlotDice dice(SplitMix64{3});
        QCOMPARE(dice.below(0), qint64(0));
        QCOMPARE(dice.below(1), qint64(0));
        QCOMPARE(dice.between(9, 9), qint64(9));
        QCOMPARE(dice.between(9, 4), qint64(9)); // an empty range gives its low end
        std::set<qint64> seen;
        for (int i = 0; i < 10000; ++i) {
            const qint64 below = dice.below(7);
            QVERIFY(below >= 0 && below < 7);
            const qint64 between = dice.between(-3, 3);
            QVERIFY(between >= -3 && between <= 3);
            seen.insert(between);
            const double unit = dice.unit();
            QVERIFY(unit >= 0.0 && unit < 1.0);
            const double real = dice.real(-2.5, 4.0);
            QVERIFY(real >= -2.5 && real < 4.0);
        }
        QCOMPARE(seen.size(), std::size_t(7)); // both ends come up
    }

    void belowIsUniform()
    {
        DemoMainDice dice(std::mt19937_64(1));
        std::array<int, 6> counts{};
        const int draws = 60000;
        for (int i = 0; i < draws; ++i)
            ++counts[static_cast<std::size_t>(dice.below(6))];
        for (int c : counts)
            QVERIFY2(c > draws / 6 * 0.95 && c < draws / 6 * 1.05, qPrintable(QString::number(c)));
    }

    void chancesShowInTheFrequencies()
    {
        DemoSlotDice dice(SplitMix64{11});
        int never = 0, always = 0, some = 0;
        const int draws = 50000;
        for (int i = 0; i < draws; ++i) {
            never += dice.chance(0.0);
            always += dice.chance(1.0);
            some += dice.chance(0.3);
        }
        QCOMPARE(never, 0);
        QCOMPARE(always, draws);
        QVERIFY(some > draws * 0.29 && some < draws * 0.31);
    }

    void weightsShowInTheFrequencies()
    {
        DemoSlotDice dice(SplitMix64{5});
        const std::vector<int> weights{10, 0, 30, 60};
        std::array<int, 4> counts{};
        const int draws = 50000;
        for (int i = 0; i < draws; ++i) {
            const int index = dice.weighted(weights);
            QVERIFY(index >= 0 && index < 4);
            ++counts[static_cast<std::size_t>(index)];
        }
        QCOMPARE(counts[1], 0); // a weight of 0 is never chosen
        QVERIFY(counts[0] > draws * 0.09 && counts[0] < draws * 0.11);
        QVERIFY(counts[2] > draws * 0.29 && counts[2] < draws * 0.31);
        QVERIFY(counts[3] > draws * 0.59 && counts[3] < draws * 0.61);
        // A list and a container of the same weights choose alike.
        DemoSlotDice a(SplitMix64{9});
        DemoSlotDice b(SplitMix64{9});
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(a.weighted({10, 0, 30, 60}), b.weighted(weights));
    }

    void pickTakesEveryItemAndOnlyThem()
    {
        DemoMainDice dice(std::mt19937_64(2));
        const std::vector<QString> items{QStringLiteral("a"), QStringLiteral("b"),
                                         QStringLiteral("c")};
        std::set<QString> seen;
        for (int i = 0; i < 300; ++i)
            seen.insert(dice.pick(items));
        QCOMPARE(seen, (std::set<QString>{QStringLiteral("a"), QStringLiteral("b"),
                                          QStringLiteral("c")}));
    }
};

QTEST_GUILESS_MAIN(TestDemoDice)
#include "tst_demodice.moc"
