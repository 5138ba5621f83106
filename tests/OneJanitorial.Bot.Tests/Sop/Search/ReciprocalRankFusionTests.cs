using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Tests.Sop.Search;

public sealed class ReciprocalRankFusionTests
{
    [Fact]
    public void Fuse_TwoRankings_SumsReciprocalRanks()
    {
        var fused = ReciprocalRankFusion.Fuse([[1, 2, 3], [3, 1]], k: 60);

        Assert.Equal([1, 3, 2], fused.Select(f => f.Id));
        Assert.Equal(1.0 / 61 + 1.0 / 62, fused[0].Score, 12);
        Assert.Equal(1.0 / 63 + 1.0 / 61, fused[1].Score, 12);
        Assert.Equal(1.0 / 62, fused[2].Score, 12);
    }

    [Fact]
    public void Fuse_Ties_BreakByIdForStableOrder()
    {
        var fused = ReciprocalRankFusion.Fuse([[7], [4]]);

        Assert.Equal([4, 7], fused.Select(f => f.Id));
    }

    [Fact]
    public void Fuse_NoRankings_IsEmpty()
    {
        Assert.Empty(ReciprocalRankFusion.Fuse([]));
    }
}
