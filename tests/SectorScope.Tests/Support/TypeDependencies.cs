using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace SectorScope.Tests.Support;

/// <summary>What one type of a compiled assembly uses: type full names ("System.IO.File") and members ("System.DateTime.get_Now").</summary>
/// <param name="Namespace">The namespace of the type, or of its outermost declaring type for a nested one (lambdas, iterators).</param>
public sealed record TypeUse(string Type, string Namespace, IReadOnlySet<string> Types, IReadOnlySet<string> Members);

/// <summary>
/// The dependencies of every type of a compiled assembly, read from its metadata and IL: base types, interfaces,
/// fields, signatures, attributes, locals and the operand of every IL instruction. A fully qualified name, an
/// alias or <c>global::</c> compile to the same tokens, so nothing escapes as it does from a search of the
/// source text; code the compiler generates (lambdas, iterators, async state machines) counts for the type
/// that declares it.
/// </summary>
public static class TypeDependencies
{
    private static readonly Dictionary<ushort, OperandType> Operands = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => (ushort)o.Value, o => o.OperandType);

    /// <summary>Every string literal of the assembly's code (its user-string heap), the literal parts of interpolations included.</summary>
    public static IReadOnlyList<string> Literals(Assembly assembly)
    {
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var literals = new List<string>();
        for (var handle = MetadataTokens.UserStringHandle(1); !handle.IsNil; handle = reader.GetNextHandle(handle))
        {
            literals.Add(reader.GetUserString(handle));
        }

        return literals;
    }

    public static IReadOnlyList<TypeUse> Of(Assembly assembly)
    {
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var names = new Names(reader);
        var uses = new List<TypeUse>();
        foreach (var handle in reader.TypeDefinitions)
        {
            var collector = new Collector(reader, names);
            var type = reader.GetTypeDefinition(handle);
            collector.Entity(type.BaseType);
            foreach (var i in type.GetInterfaceImplementations())
            {
                collector.Entity(reader.GetInterfaceImplementation(i).Interface);
            }

            collector.Attributes(type.GetCustomAttributes());
            collector.GenericParameters(type.GetGenericParameters());
            foreach (var f in type.GetFields())
            {
                var field = reader.GetFieldDefinition(f);
                collector.Add(field.DecodeSignature(names, null));
                collector.Attributes(field.GetCustomAttributes());
            }

            foreach (var p in type.GetProperties())
            {
                var property = reader.GetPropertyDefinition(p);
                collector.Signature(property.DecodeSignature(names, null));
                collector.Attributes(property.GetCustomAttributes());
            }

            foreach (var m in type.GetMethods())
            {
                var method = reader.GetMethodDefinition(m);
                collector.Signature(method.DecodeSignature(names, null));
                collector.Attributes(method.GetCustomAttributes());
                collector.GenericParameters(method.GetGenericParameters());
                foreach (var p in method.GetParameters())
                {
                    collector.Attributes(reader.GetParameter(p).GetCustomAttributes());
                }

                if (method.RelativeVirtualAddress != 0)
                {
                    collector.Body(pe.GetMethodBody(method.RelativeVirtualAddress));
                }
            }

            uses.Add(new TypeUse(names.Definition(handle), names.NamespaceOf(handle), collector.Types, collector.Members));
        }

        return uses;
    }

    /// <summary>Gathers the names one type uses.</summary>
    private sealed class Collector(MetadataReader reader, Names names)
    {
        public HashSet<string> Types { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Members { get; } = new(StringComparer.Ordinal);

        public void Add(ImmutableArray<string> types) => Types.UnionWith(types);

        public void Signature(MethodSignature<ImmutableArray<string>> signature)
        {
            Add(signature.ReturnType);
            foreach (var p in signature.ParameterTypes)
            {
                Add(p);
            }
        }

        public void Attributes(CustomAttributeHandleCollection attributes)
        {
            foreach (var a in attributes)
            {
                Entity(reader.GetCustomAttribute(a).Constructor);
            }
        }

        public void GenericParameters(GenericParameterHandleCollection parameters)
        {
            foreach (var p in parameters)
            {
                foreach (var c in reader.GetGenericParameter(p).GetConstraints())
                {
                    Entity(reader.GetGenericParameterConstraint(c).Type);
                }
            }
        }

        public void Body(MethodBodyBlock body)
        {
            if (!body.LocalSignature.IsNil)
            {
                foreach (var local in reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(names, null))
                {
                    Add(local);
                }
            }

            var il = body.GetILReader();
            while (il.RemainingBytes > 0)
            {
                ushort code = il.ReadByte();
                if (code == 0xFE)
                {
                    code = (ushort)(0xFE00 | il.ReadByte());
                }

                switch (Operands[code])
                {
                    case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType or OperandType.InlineSig:
                        Entity(MetadataTokens.EntityHandle(il.ReadInt32()));
                        break;
                    case OperandType.InlineSwitch:
                        var targets = il.ReadInt32(); // read first: `Offset += …ReadInt32()` would add to the offset before the read
                        il.Offset += 4 * targets;
                        break;
                    case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                        il.Offset += 1;
                        break;
                    case OperandType.InlineVar:
                        il.Offset += 2;
                        break;
                    case OperandType.InlineI8 or OperandType.InlineR:
                        il.Offset += 8;
                        break;
                    case OperandType.InlineNone:
                        break;
                    default:
                        il.Offset += 4;
                        break;
                }
            }
        }

        /// <summary>A type, member or signature token; returns the type names it stands for (the declaring type's first).</summary>
        public ImmutableArray<string> Entity(EntityHandle handle)
        {
            if (handle.IsNil)
            {
                return [];
            }

            ImmutableArray<string> types;
            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition:
                    types = [names.Definition((TypeDefinitionHandle)handle)];
                    break;
                case HandleKind.TypeReference:
                    types = [names.Reference((TypeReferenceHandle)handle)];
                    break;
                case HandleKind.TypeSpecification:
                    types = reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(names, null);
                    break;
                case HandleKind.MemberReference:
                    var member = reader.GetMemberReference((MemberReferenceHandle)handle);
                    types = Entity(member.Parent);
                    Member(types, reader.GetString(member.Name));
                    if (member.GetKind() == MemberReferenceKind.Method)
                    {
                        Signature(member.DecodeMethodSignature(names, null));
                    }
                    else
                    {
                        Add(member.DecodeFieldSignature(names, null));
                    }

                    break;
                case HandleKind.MethodDefinition:
                    var method = reader.GetMethodDefinition((MethodDefinitionHandle)handle);
                    types = [names.Definition(method.GetDeclaringType())];
                    Member(types, reader.GetString(method.Name));
                    break;
                case HandleKind.FieldDefinition:
                    var field = reader.GetFieldDefinition((FieldDefinitionHandle)handle);
                    types = [names.Definition(field.GetDeclaringType())];
                    Member(types, reader.GetString(field.Name));
                    break;
                case HandleKind.MethodSpecification:
                    var specification = reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                    foreach (var argument in specification.DecodeSignature(names, null))
                    {
                        Add(argument);
                    }

                    types = Entity(specification.Method);
                    break;
                case HandleKind.StandaloneSignature:
                    Signature(reader.GetStandaloneSignature((StandaloneSignatureHandle)handle).DecodeMethodSignature(names, null));
                    types = [];
                    break;
                default:
                    types = [];
                    break;
            }

            Add(types);
            return types;
        }

        private void Member(ImmutableArray<string> declaring, string name)
        {
            if (declaring.Length > 0)
            {
                Members.Add($"{declaring[0]}.{name}");
            }
        }
    }

    /// <summary>Full names of definitions and references, and signature decoding into the names a signature mentions.</summary>
    private sealed class Names(MetadataReader reader) : ISignatureTypeProvider<ImmutableArray<string>, object?>
    {
        public string Definition(TypeDefinitionHandle handle)
        {
            var type = reader.GetTypeDefinition(handle);
            var name = reader.GetString(type.Name);
            var declaring = type.GetDeclaringType();
            return declaring.IsNil ? Qualified(reader.GetString(type.Namespace), name) : $"{Definition(declaring)}+{name}";
        }

        public string NamespaceOf(TypeDefinitionHandle handle)
        {
            var type = reader.GetTypeDefinition(handle);
            var declaring = type.GetDeclaringType();
            return declaring.IsNil ? reader.GetString(type.Namespace) : NamespaceOf(declaring);
        }

        public string Reference(TypeReferenceHandle handle)
        {
            var type = reader.GetTypeReference(handle);
            var name = reader.GetString(type.Name);
            return type.ResolutionScope.Kind == HandleKind.TypeReference
                ? $"{Reference((TypeReferenceHandle)type.ResolutionScope)}+{name}"
                : Qualified(reader.GetString(type.Namespace), name);
        }

        private static string Qualified(string ns, string name) => ns.Length == 0 ? name : $"{ns}.{name}";

        public ImmutableArray<string> GetTypeFromDefinition(MetadataReader r, TypeDefinitionHandle handle, byte rawTypeKind) => [Definition(handle)];

        public ImmutableArray<string> GetTypeFromReference(MetadataReader r, TypeReferenceHandle handle, byte rawTypeKind) => [Reference(handle)];

        public ImmutableArray<string> GetTypeFromSpecification(MetadataReader r, object? context, TypeSpecificationHandle handle, byte rawTypeKind) =>
            r.GetTypeSpecification(handle).DecodeSignature(this, context);

        public ImmutableArray<string> GetGenericInstantiation(ImmutableArray<string> genericType, ImmutableArray<ImmutableArray<string>> typeArguments) =>
            [.. genericType, .. typeArguments.SelectMany(a => a)];

        public ImmutableArray<string> GetFunctionPointerType(MethodSignature<ImmutableArray<string>> signature) =>
            [.. signature.ReturnType, .. signature.ParameterTypes.SelectMany(p => p)];

        public ImmutableArray<string> GetModifiedType(ImmutableArray<string> modifier, ImmutableArray<string> unmodifiedType, bool isRequired) => [.. unmodifiedType, .. modifier];

        public ImmutableArray<string> GetPrimitiveType(PrimitiveTypeCode typeCode) => [];

        public ImmutableArray<string> GetGenericMethodParameter(object? context, int index) => [];

        public ImmutableArray<string> GetGenericTypeParameter(object? context, int index) => [];

        public ImmutableArray<string> GetSZArrayType(ImmutableArray<string> elementType) => elementType;

        public ImmutableArray<string> GetArrayType(ImmutableArray<string> elementType, ArrayShape shape) => elementType;

        public ImmutableArray<string> GetByReferenceType(ImmutableArray<string> elementType) => elementType;

        public ImmutableArray<string> GetPointerType(ImmutableArray<string> elementType) => elementType;

        public ImmutableArray<string> GetPinnedType(ImmutableArray<string> elementType) => elementType;
    }
}
