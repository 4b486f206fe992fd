namespace CommunityGrains.Domain.Surveys;

/// <summary>
/// One question's aggregate: the number of answers and a count per bucket (per score for NPS 0..10 and RATING 1..5,
/// per option for choices, none for text). Bounded by the question, never by the number of answers.
/// </summary>
public sealed class QuestionTally
{
    public QuestionTally(SurveyQuestionKind kind, int options)
    {
        Buckets = new int[BucketCount(kind, options)];
    }

    public QuestionTally(int answers, int[] buckets)
    {
        Answers = answers;
        Buckets = buckets;
    }

    public int Answers { get; private set; }

    public int[] Buckets { get; }

    public static int BucketCount(SurveyQuestionKind kind, int options) => kind switch
    {
        SurveyQuestionKind.Nps => 11,
        SurveyQuestionKind.Rating => 5,
        SurveyQuestionKind.SingleChoice or SurveyQuestionKind.MultipleChoice => options,
        _ => 0,
    };

    public void Add(SurveyQuestionKind kind, SurveyAnswerSpec answer)
    {
        Answers++;
        switch (kind)
        {
            case SurveyQuestionKind.Nps:
                Buckets[answer.Score!.Value]++;
                break;
            case SurveyQuestionKind.Rating:
                Buckets[answer.Score!.Value - 1]++;
                break;
            case SurveyQuestionKind.SingleChoice or SurveyQuestionKind.MultipleChoice:
                foreach (var choice in answer.Choices!)
                {
                    Buckets[choice]++;
                }

                break;
        }
    }

    /// <summary>The mean score for NPS and RATING; null for other kinds or without answers.</summary>
    public double? Mean(SurveyQuestionKind kind)
    {
        var offset = kind switch { SurveyQuestionKind.Nps => 0, SurveyQuestionKind.Rating => 1, _ => -1 };
        var scored = Buckets.Sum();
        if (offset < 0 || scored == 0)
        {
            return null;
        }

        return (double)Buckets.Select((count, i) => (long)count * (i + offset)).Sum() / scored;
    }
}
