using ScoreRules.Reporting.Model;

namespace ScoreRules.Reporting.Tests;

public sealed class EvidenceTextTests
{
    [Fact]
    public void Chinese_labels_split_into_three_parts()
    {
        // A row of examples/bank-service-desk/data/ratings.csv.
        EvidenceText.Split("情境:線上客服協助重設密碼;行為:略過說明登入提示的步驟;影響:使用者當天再次被鎖定。")
            .ShouldBe(("線上客服協助重設密碼", "略過說明登入提示的步驟", "使用者當天再次被鎖定。"));
    }

    [Fact]
    public void English_labels_with_full_width_separators_and_a_missing_part()
    {
        EvidenceText.Split("Situation： VPN outage；Behavior: posted a status note").ShouldBe(("VPN outage", "posted a status note", ""));
    }

    [Theory]
    [InlineData("Explained the fix in plain words")]
    [InlineData("情境:a;備註:b")]
    [InlineData("情境:a;情境:b")]
    [InlineData("")]
    public void Text_that_is_not_all_labelled_parts_is_left_alone(string text)
    {
        EvidenceText.Split(text).ShouldBeNull();
    }
}
