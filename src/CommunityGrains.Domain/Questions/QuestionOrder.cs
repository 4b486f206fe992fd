namespace CommunityGrains.Domain.Questions;

public enum QuestionOrder
{
    Top = 0,
    Newest = 1,
}
