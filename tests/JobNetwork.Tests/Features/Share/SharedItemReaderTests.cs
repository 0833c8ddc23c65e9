using JobNetwork.Web.Features.Share;

namespace JobNetwork.Tests.Features.Share;

public sealed class SharedItemReaderTests
{
    [Fact]
    public void A_profile_shared_from_the_linkedin_app_is_a_person_named_from_the_text()
    {
        var item = SharedItemReader.Read(null, "Check out Ana Lima’s profile on LinkedIn https://www.linkedin.com/in/ana-lima-3b2a1c9?utm_source=share", null);

        Assert.Equal(new SharedPerson("Ana Lima", "https://www.linkedin.com/in/ana-lima-3b2a1c9"), item);
    }

    [Theory]
    [InlineData("Ana Lima - Senior Engineer - Acme | LinkedIn")]
    [InlineData("(3) Ana Lima | LinkedIn")]
    [InlineData("Ana Lima – LinkedIn")]
    public void A_profile_shared_from_a_browser_tab_takes_the_name_from_the_title(string title)
    {
        var item = SharedItemReader.Read(title, null, "https://uk.linkedin.com/in/ana-lima/");

        Assert.Equal(new SharedPerson("Ana Lima", "https://www.linkedin.com/in/ana-lima"), item);
    }

    [Fact]
    public void A_bare_profile_address_gives_a_name_from_the_address_without_its_number()
    {
        var item = SharedItemReader.Read(null, null, "https://www.linkedin.com/in/jean-pierre-dubois-12345678");

        Assert.Equal(new SharedPerson("Jean Pierre Dubois", "https://www.linkedin.com/in/jean-pierre-dubois-12345678"), item);
    }

    [Theory]
    [InlineData("Acme Corp hiring Senior Accountant in Berlin, Germany | LinkedIn", "Senior Accountant", "Acme Corp")]
    [InlineData("Senior Accountant at Acme Corp", "Senior Accountant", "Acme Corp")]
    [InlineData("Senior Accountant - Acme Corp - Berlin - Indeed.com", "Senior Accountant", "Acme Corp")]
    [InlineData("Senior Accountant", "Senior Accountant", "")]
    public void A_job_posting_is_a_lead_with_a_title_and_a_company_guess(string title, string jobTitle, string company)
    {
        var item = SharedItemReader.Read(title, null, "https://jobs.example.com/123");

        Assert.Equal(new SharedJob(jobTitle, company, "https://jobs.example.com/123"), item);
    }

    [Fact]
    public void A_linkedin_job_or_company_page_is_not_a_person()
    {
        var item = SharedItemReader.Read("Acme hiring Data Analyst | LinkedIn", null, "https://www.linkedin.com/jobs/view/3912345678/");

        Assert.Equal(new SharedJob("Data Analyst", "Acme", "https://www.linkedin.com/jobs/view/3912345678/"), item);
    }

    [Fact]
    public void A_link_inside_the_text_is_found_and_the_rest_of_the_text_is_the_title()
    {
        var item = SharedItemReader.Read(null, "Product Manager at Initech\nhttps://careers.initech.example/pm-42.", null);

        Assert.Equal(new SharedJob("Product Manager", "Initech", "https://careers.initech.example/pm-42"), item);
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("  ", "", " ")]
    [InlineData(null, "javascript:alert(1)", "ftp://example.com/x")]
    public void Nothing_usable_gives_an_empty_lead_without_a_link(string? title, string? text, string? url)
    {
        var item = SharedItemReader.Read(title, text, url);

        var job = Assert.IsType<SharedJob>(item);
        Assert.Null(job.Url);
        Assert.True(job.CompanyName.Length == 0);
    }

    [Fact]
    public void Overlong_shared_text_is_clipped_to_what_the_forms_accept()
    {
        var item = SharedItemReader.Read(new string('x', 5000), null, "https://jobs.example.com/1");

        Assert.True(((SharedJob)item).Title.Length <= JobNetwork.Web.Domain.JobLead.TitleMaxLength);
    }
}
