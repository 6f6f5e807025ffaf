using SectorScope.Pipeline;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Hardening;

/// <summary>Inputs the fuzz run found that crashed a reader, kept as they were found.</summary>
public sealed class InputFuzzFindingTests
{
    /// <summary>A .docx whose word/document.xml starts <c>&lt;?xml version="1.0倍" encoding="utf-8"?&gt;</c> (bench/SectorScope.Fuzz, seed 7).</summary>
    private const string BadDeclarationDocx = "UEsDBBQAAAAAAKg1fl3XdwzFKgEAACoBAAALAAAAX3JlbHMvLnJlbHPvu788P3htbCB2ZXJzaW9uPSIxLjAiIGVuY29kaW5nPSJ1dGYtOCI/PjxSZWxhdGlvbnNoaXBzIHhtbG5zPSJodHRwOi8vc2NoZW1hcy5vcGVueG1sZm9ybWF0cy5vcmcvcGFja2FnZS8yMDA2L3JlbGF0aW9uc2hpcHMiPjxSZWxhdGlvbnNoaXAgVHlwZT0iaHR0cDovL3NjaGVtYXMub3BlbnhtbGZvcm1hdHMub3JnL29mZmljZURvY3VtZW50LzIwMDYvcmVsYXRpb25zaGlwcy9vZmZpY2VEb2N1bWVudCIgVGFyZ2V0PSIvd29yZC9kb2N1bWVudC54bWwiIElkPSJSMmI2ZmNkMGY2OWI1NDY1NCIgLz48L1JlbGF0aW9uc2hpcHM+UEsDBBQAAAAAAKg1fl3fGwJXWgEAAFoBAAATAAAAW0NvbnRlbnRfVHlwZXNdLnhtbO+7vzw/eG1sIHZlcnNpb249IjEuMCIgZW5jb2Rpbmc9InV0Zi04Ij8+PFR5cGVzIHhtbG5zPSJodHRwOi8vc2NoZW1hcy5vcGVueG1sZm9ybWF0cy5vcmcvcGFja2FnZS8yMDA2L2NvbnRlbnQtdHlwZXMiPjxEZWZhdWx0IEV4dGVuc2lvbj0ieG1sIiBDb250ZW50VHlwZT0iYXBwbGljYXRpb24vdm5kLm9wZW54bWxmb3JtYXRzLW9mZmljZWRvY3VtZW50LndvcmRwcm9jZXNzaW5nbWwuZG9jdW1lbnQubWFpbit4bWwiIC8+PERlZmF1bHQgRXh0ZW5zaW9uPSJyZWxzIiBDb250ZW50VHlwZT0iYXBwbGljYXRpb24vdm5kLm9wZW54bWxmb3JtYXRzLXBhY2thZ2UucmVsYXRpb25zaGlwcyt4bWwiIC8+PC9UeXBlcz5QSwMEFAAAAAgA0DV+XZwSDN4rAAAAKQAAABEAAAB3b3JkL2RvY3VtZW50LnhtbLOxr8jNUShLLSrOzM+zVTLUM3ja0KukkJqXnJ+SmZduq1RakqZroWRvBwBQSwECFAMUAAAAAACoNX5d13cMxSoBAAAqAQAACwAAAAAAAAAAAAAApIEAAAAAX3JlbHMvLnJlbHNQSwECFAMUAAAAAACoNX5d3xsCV1oBAABaAQAAEwAAAAAAAAAAAAAApIFTAQAAW0NvbnRlbnRfVHlwZXNdLnhtbFBLAQIUAxQAAAAIANA1fl2cEgzeKwAAACkAAAARAAAAAAAAAAAAAACkgd4CAAB3b3JkL2RvY3VtZW50LnhtbFBLBQYAAAAAAwADALkAAAA4AwAAAAA=";

    [Fact]
    public void Docx_whose_xml_declaration_breaks_the_xml_reader_is_not_a_word_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sectorscope-fuzz-{Guid.NewGuid():N}.docx");
        File.WriteAllBytes(path, Convert.FromBase64String(BadDeclarationDocx));
        try
        {
            var e = EditedDocx.BodyParagraphs(path).Refused();
            Assert.Equal($"{Path.GetFileName(path)}: docx: 不是 Word 文件（.docx 无法打开：文件损坏，或不是 Word 保存的文件）", Assert.Single(e.Diagnostics).ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
