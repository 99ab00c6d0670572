using ScoreRules.Engine.Sampling;

namespace ScoreRules.Engine.Tests.Sampling;

public class Pcg32Tests
{
    // The reference implementation's demo (pcg32-demo.c in pcg-c-basic, seeded with
    // pcg32_srandom_r(&rng, 42u, 54u)) prints these first six values. They were also recomputed with
    // Python integers from the definition:
    //   inc = (54 << 1) | 1; state = 0; step(); state += 42; step()
    //   step: old = state; state = (old * 6364136223846793005 + inc) mod 2^64
    //         out = rotr32(((old >> 18) ^ old) >> 27 mod 2^32, old >> 59)
    [Fact]
    public void First_outputs_equal_the_reference_demo()
    {
        var pcg = new Pcg32(42, 54);

        uint[] values = [pcg.NextUInt32(), pcg.NextUInt32(), pcg.NextUInt32(), pcg.NextUInt32(), pcg.NextUInt32(), pcg.NextUInt32()];

        values.ShouldBe([0xa15c02b7u, 0x7b47f409u, 0xba1d3330u, 0x83d2f293u, 0xbfa4784bu, 0xcbed606eu]);
    }

    // Same formula in Python for seed 2026, stream 1: 831089821, 3704901924, 2034360421.
    [Fact]
    public void Another_seed_and_stream_follow_the_same_formula()
    {
        var pcg = new Pcg32(2026, 1);

        new[] { pcg.NextUInt32(), pcg.NextUInt32(), pcg.NextUInt32() }.ShouldBe([831089821u, 3704901924u, 2034360421u]);
    }

    [Fact]
    public void Streams_of_one_seed_differ()
    {
        var a = new Pcg32(7, 1);
        var b = new Pcg32(7, 2);

        Enumerable.Range(0, 8).Select(_ => a.NextUInt32()).ShouldNotBe(Enumerable.Range(0, 8).Select(_ => b.NextUInt32()));
    }

    // NextDouble is the next 32-bit value divided by 2^32: 0xa15c02b7 / 2^32 = 2707161783 / 4294967296.
    [Fact]
    public void NextDouble_scales_the_next_value_into_zero_to_one()
    {
        new Pcg32(42, 54).NextDouble().ShouldBe(2707161783.0 / 4294967296.0);
    }

    // Bounded draws reject values below (2^32 mod bound) and take the rest modulo bound. For bound 6
    // the threshold is 2^32 mod 6 = 4, so the first value 0xa15c02b7 = 2707161783 is kept:
    // 2707161783 mod 6 = 3 (6 × 451193630 = 2707161780).
    [Fact]
    public void Bounded_draw_takes_the_value_modulo_the_bound()
    {
        new Pcg32(42, 54).NextUInt32(6).ShouldBe(3u);
    }

    [Fact]
    public void Bounded_draws_cover_every_value_and_no_other()
    {
        var pcg = new Pcg32(1, 1);
        var seen = Enumerable.Range(0, 1000).Select(_ => pcg.NextUInt32(7)).Distinct().Order().ToList();

        seen.ShouldBe([0u, 1u, 2u, 3u, 4u, 5u, 6u]);
    }

    [Fact]
    public void Bound_zero_is_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new Pcg32(1, 1).NextUInt32(0));
    }
}
