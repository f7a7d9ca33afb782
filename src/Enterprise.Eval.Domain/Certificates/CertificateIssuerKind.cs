namespace Enterprise.Eval.Domain.Certificates;

/// <summary>
/// Who issues a scheme's certificate (issue 19 point 2). Only an enterprise-issued scheme has the product mint a
/// 职业技能等级证书 number (Y…, 22 characters); for the others the product records what the authority decided and the
/// number the authority gave.
/// </summary>
public enum CertificateIssuerKind
{
    /// <summary>The enterprise issues the 职业技能等级证书 (江苏 004 二(六), 滨州 003 四(四) 谁评价、谁发证).</summary>
    Enterprise,

    /// <summary>
    /// An authority issues its own certificate: 福建 省人社厅《机关事业单位高级技师证书》 (000 四(三)), 南通 江苏省人社厅
    /// 《江苏省机关事业单位高级技师证书》 (002 二(九)), 温州 职业资格证书 by the local HRSS or the city's 鉴定指导中心 (001 四(四)).
    /// </summary>
    Authority,
}
