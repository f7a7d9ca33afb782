namespace Enterprise.Eval.Domain.People;

public enum Gender
{
    Male = 1,
    Female = 2,
}
